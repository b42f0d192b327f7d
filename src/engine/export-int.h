/* export-int.h - what the export writers share.  Engine-internal;
 * include from export.c, export-json.c, export-text.c, export-html.c and tests. */
#ifndef NEWSDIFF_EXPORT_INT_H
#define NEWSDIFF_EXPORT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mark.h"

struct out;
struct article;
struct alignment;

/* A comparison to write.  al is NULL when nothing was aligned. */
struct export_doc {
	const struct article *left, *right;
	const struct alignment *al;
};

void export_json_write(struct out *o, const struct export_doc *d);
void export_text_write(struct out *o, const struct export_doc *d, bool markdown);
void export_html_write(struct out *o, const struct export_doc *d);

/* The marks of a paragraph, for writers that can nest them: quotations
 * (the outer level) and everything else (the inner).  Segments never
 * begin or end with a space. */
struct export_marks {
	struct mark_vec outer, inner;
};

void export_marks_get(struct export_marks *m, const struct export_doc *d,
                      bool left, size_t para);
void export_marks_fini(struct export_marks *m);

/* How a writer writes marked text: plain text through text(), each
 * segment between open() and close().  Inner segments nest inside outer
 * ones; one that crosses an outer boundary is closed and opened again. */
struct export_markup {
	void (*text)(void *ctx, const uint8_t *s, size_t n);
	void (*open)(void *ctx, const struct mark *m, bool outer);
	void (*close)(void *ctx, const struct mark *m, bool outer);
	void *ctx;
};

void export_emit(const uint8_t *text, size_t n, const struct export_marks *m,
                 const struct export_markup *mu);

/* Number of the group a paragraph belongs to, or ALIGN_NONE. */
size_t export_group_of(const struct export_doc *d, bool left, size_t para);

/* How many paragraphs of a side belong to no group. */
size_t export_count_unpaired(const struct export_doc *d, bool left);

#endif
