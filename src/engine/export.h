/* export.h - writing a comparison as text, Markdown, HTML or JSON.
 * Engine; include from engine, tui, main and tests.
 *
 * export_write() writes to a caller's FILE; export_file() makes a file of
 * it safely (save.h).  Both report write errors through their return value.
 *
 * Every format holds every paragraph of both reports, and no control
 * character or escape sequence of a report reaches an export raw: text,
 * Markdown and HTML show them as visible symbols (ustr_visible()), JSON
 * escapes them, C1 controls and bidirectional overrides included, so
 * that even printing it on a terminal is safe. */
#ifndef NEWSDIFF_EXPORT_H
#define NEWSDIFF_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "rc.h"

struct compare;

enum export_format { EXPORT_TEXT, EXPORT_MARKDOWN, EXPORT_HTML, EXPORT_JSON };

/* "text", "markdown" (or "md"), "html", "json", in any case -> *fmt.
 * False if unknown. */
bool export_format_parse(const char *name, enum export_format *fmt);

/* The format a file name implies by its extension (.txt, .md, .html,
 * .htm, .json); false if none does. */
bool export_format_from_path(const char *path, enum export_format *fmt);

const char *export_format_str(enum export_format fmt);

/* The usual file name extension of a format: "txt", "md", "html", "json". */
const char *export_format_ext(enum export_format fmt);

/* Write comparison c (its alignment may be NULL: nothing aligned) to f.
 * Returns RC_OK, or RC_IO when writing failed (errno set). */
enum rc export_write(FILE *f, enum export_format fmt,
                     const struct compare *c);

/* Write the export to the file at path as save_file() (save.h) does: a
 * regular file is replaced atomically (a failure leaves what was there)
 * keeping its permissions and owner, a symbolic link is written through
 * and stays, an open descriptor (/dev/fd/N, /dev/stdout), a terminal, a
 * pipe or another special file is written into.  Returns RC_OK;
 * RC_SAME_FILE (nothing written) when path is one of the two reports'
 * files; RC_WRITE_PROTECTED (nothing written) for a regular file we may
 * not write; RC_IO with errno set on any other failure (EISDIR for a
 * folder). */
enum rc export_file(const char *path, enum export_format fmt,
                    const struct compare *c);

/* export_file() with two choices more: force replaces a write-protected
 * file too; on RC_IO, *folder (if folder is not NULL) names the folder
 * that could not take the new file (malloc'd), or is NULL. */
enum rc export_file_with(const char *path, enum export_format fmt,
                         const struct compare *c, bool force, char **folder);

/* The ledger's disagreements only (figures that differ, quotations that
 * vary), as the text export shows them, for --check; nothing when the
 * reports agree.  *ndisagree is set to how many there are.  Returns
 * RC_OK, or RC_IO when writing failed (errno set). */
enum rc export_check(FILE *f, const struct compare *c, size_t *ndisagree);

#endif
