/* export.h - writing a comparison as text, Markdown, HTML or JSON.
 * Engine; include from engine, tui, main and tests.
 *
 * Every writer goes to a caller's FILE * and reports write errors through
 * its return value; making the output file (atomically) is the caller's
 * business. */
#ifndef NEWSDIFF_EXPORT_H
#define NEWSDIFF_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "rc.h"

struct article;
struct alignment;

enum export_format { EXPORT_TEXT, EXPORT_MARKDOWN, EXPORT_HTML, EXPORT_JSON };

/* "text", "markdown" (or "md"), "html", "json" -> *fmt.  False if unknown. */
bool export_format_parse(const char *name, enum export_format *fmt);

/* The format a file name implies by its extension (.txt, .md, .html,
 * .htm, .json); false if none does. */
bool export_format_from_path(const char *path, enum export_format *fmt);

const char *export_format_str(enum export_format fmt);

/* Write the comparison of left and right (al may be NULL: no alignment)
 * to f.  Returns RC_OK, or RC_IO when writing failed (errno set). */
enum rc export_write(FILE *f, enum export_format fmt,
                     const struct article *left, const struct article *right,
                     const struct alignment *al);

#endif
