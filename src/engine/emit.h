/* emit.h - writing a paragraph's text with its marks, for the export
 * writers.  Engine-internal; include from export-text.c, export-html.c,
 * export-json.c and tests.
 *
 * The writers (export-*.c) call down into this module; it knows nothing
 * of any format.  A writer says how to write plain text and how to open
 * and close a mark; emit_text() walks the marks and calls it. */
#ifndef NEWSDIFF_EMIT_H
#define NEWSDIFF_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mark.h"
#include "side.h"

struct compare;

/* The marks of a paragraph, for writers that can nest them: quotations
 * (the outer level) and everything else (the inner).  Segments never
 * begin or end with a space. */
struct emit_marks {
	struct mark_vec outer, inner;
};

/* The marks of paragraph para of a side; none when nothing was aligned.
 * Replaces what m held. */
void emit_marks_get(struct emit_marks *m, const struct compare *c,
                    enum side side, size_t para);
void emit_marks_fini(struct emit_marks *m);

/* How a writer writes marked text: plain text through text(), each
 * segment between open() and close().  Inner segments nest inside outer
 * ones; one that crosses an outer boundary is closed and opened again. */
struct emit_markup {
	void (*text)(void *ctx, const uint8_t *s, size_t n);
	void (*open)(void *ctx, const struct mark *m, bool outer);
	void (*close)(void *ctx, const struct mark *m, bool outer);
	void *ctx;
};

/* Write text[0..n) marked as m says, through mu. */
void emit_text(const uint8_t *text, size_t n, const struct emit_marks *m,
               const struct emit_markup *mu);

/* The same for text[from..n) only: marks that run on past either end
 * are closed at it (and opened again by the next range), so a writer can
 * wrap a range in markup of its own. */
void emit_text_range(const uint8_t *text, size_t from, size_t n,
                     const struct emit_marks *m,
                     const struct emit_markup *mu);

#endif
