/* layout.h - paragraphs wrapped to a width in display columns.  Engine;
 * include from engine, tui and tests.
 *
 * Widths are those of the characters as shown (ustr_cp_width(): CJK and
 * emoji two columns, combining marks none, controls as their one-column
 * pictures), never bytes.  Lines break where Unicode allows (UAX #14:
 * after spaces and hyphens, between ideographs); a word wider than the
 * line is cut between two characters, never inside one and never before
 * a combining mark. */
#ifndef NEWSDIFF_LAYOUT_H
#define NEWSDIFF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

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

#endif
