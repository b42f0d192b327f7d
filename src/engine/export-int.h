/* export-int.h - the export writers, one a format, which export.c
 * dispatches to.  Engine-internal; include from export.c, export-text.c,
 * export-html.c, export-json.c and tests.
 *
 * A writer reads the comparison and writes it to o; what the writers
 * share (a paragraph's marks and its marked text) is in emit.h, below
 * them. */
#ifndef NEWSDIFF_EXPORT_INT_H
#define NEWSDIFF_EXPORT_INT_H

#include <stdbool.h>

struct out;
struct compare;

void export_json_write(struct out *o, const struct compare *c);
void export_text_write(struct out *o, const struct compare *c, bool markdown);
void export_html_write(struct out *o, const struct compare *c);
/* The ledger's disagreements in the text format; returns their number. */
size_t export_text_check(struct out *o, const struct compare *c);

#endif
