/* layout.h - one report laid out in a pane: paragraphs wrapped to a width
 * in display columns, rows and what is on them.  Engine; include from
 * engine, tui and tests.
 *
 * Widths are those of the characters as shown (ustr_cp_width(): CJK and
 * emoji two columns, combining marks none, controls as their one-column
 * pictures), never bytes.  Lines break where Unicode allows (UAX #14:
 * after spaces and hyphens, between ideographs); a word wider than the
 * line is cut between two characters, never before a combining mark.
 *
 * The layout is lazy: a position is a paragraph and a row inside it, so
 * moving and painting wrap only the paragraphs they touch, and a key
 * press costs the same on a 20 MB report as on a short one.  Wrapped
 * paragraphs are kept in a small cache. */
#ifndef NEWSDIFF_LAYOUT_H
#define NEWSDIFF_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mark.h"
#include "side.h"

struct article;
struct compare;

/* One line of a wrapped text: its bytes [start, end), the spaces where it
 * was broken left out, and their width in columns. */
struct layout_line {
	uint32_t start, end;
	uint32_t width;
};

struct layout_line_vec {
	struct layout_line *v;
	size_t n, cap;
};

/* Wrap s[0..n) into lines of at most width columns (at least 1), appended
 * to out.  A single character wider than the line gets a line of its
 * own.  An empty text gives one empty line. */
void layout_wrap(const uint8_t *s, size_t n, unsigned width,
                 struct layout_line_vec *out);

void layout_line_vec_fini(struct layout_line_vec *v);

/* ---- a report in a pane -------------------------------------------- */

/* A row of the pane: row `row` of paragraph `para`, whose rows are its
 * lines and then one blank row that parts it from the next. */
struct layout_pos {
	size_t para;
	size_t row;
};

struct layout_cache;

#define LAYOUT_PAST_END ((size_t)-1)

/* One report of a comparison laid out.  It refers to the comparison,
 * which must outlive it. */
struct layout {
	const struct compare *c;
	enum side side;		/* the report laid out */
	const struct article *a;	/* its article */
	unsigned width;		/* text columns */
	bool show_hidden;	/* boilerplate and repeats shown */
	size_t first, last;	/* first and last shown paragraphs, or
				 * LAYOUT_PAST_END when none is */
	struct layout_cache *cache;
};

void layout_init(struct layout *l, const struct compare *c, enum side side,
                 unsigned width);
void layout_fini(struct layout *l);

/* A new width or showing hidden paragraphs or not; positions stay valid
 * after layout_clamp(). */
void layout_set_width(struct layout *l, unsigned width);
void layout_set_hidden(struct layout *l, bool show);

/* Whether paragraph para takes rows (hidden boilerplate takes none). */
bool layout_is_shown(const struct layout *l, size_t para);

/* The wrapped lines of a shown paragraph, valid until the next call on
 * l; *n >= 1. */
const struct layout_line *layout_lines(struct layout *l, size_t para,
                                       size_t *n);

/* The marks of a paragraph (every fact, strongest role wins), valid
 * until the next call on l. */
const struct mark_vec *layout_marks(struct layout *l, size_t para);

/* Rows of a paragraph: its lines and the blank row; 0 when hidden. */
size_t layout_height(struct layout *l, size_t para);

/* Whether any paragraph is shown: without, there are no rows. */
bool layout_is_empty(const struct layout *l);

/* The first row of the report, and the last line of its last shown
 * paragraph; both (0, 0) when nothing is shown. */
struct layout_pos layout_start(struct layout *l);
struct layout_pos layout_end(struct layout *l);

/* The first row of paragraph para, or of the next shown one. */
struct layout_pos layout_pos_of(struct layout *l, size_t para);

/* Bring pos onto a shown row that exists (after a resize or a toggle). */
void layout_clamp(struct layout *l, struct layout_pos *pos);

/* Move pos by delta rows (up when negative), stopping at layout_start()
 * and layout_end(); returns the rows moved, with delta's sign. */
long layout_move(struct layout *l, struct layout_pos *pos, long delta);

/* The position `rows` rows above the first row of para (below when
 * negative): where the top of a pane goes to show para at that row.
 * Clamped at the start. */
struct layout_pos layout_above(struct layout *l, size_t para, long rows);

/* What is on each of h rows from top: out[i].para is LAYOUT_PAST_END
 * below the end; out[i].row == the paragraph's line count is its blank
 * row. */
void layout_screen(struct layout *l, struct layout_pos top, size_t h,
                   struct layout_pos *out);

/* The byte of paragraph para under column col of its line `line`: the
 * character drawn there, or the line's end. */
size_t layout_byte_at(struct layout *l, size_t para, size_t line,
                      unsigned col);

/* The fact (index into facts->fact) marked at byte off of para, or
 * LAYOUT_NO_FACT. */
#define LAYOUT_NO_FACT ((size_t)-1)
size_t layout_fact_at(struct layout *l, size_t para, size_t off);

#endif
