/* diag.h - diagnostics about damaged or odd input.
 * Engine; include from engine, tui, main and tests.
 *
 * Damaged input is not a failure: the engine repairs what it can and
 * records what it did here, with a position, so the front end can show
 * it and tests can assert on it. */
#ifndef NEWSDIFF_DIAG_H
#define NEWSDIFF_DIAG_H

#include <stdarg.h>
#include <stddef.h>

enum diag_level { DIAG_NOTE, DIAG_WARN, DIAG_ERROR };

#define DIAG_NO_POS ((size_t)-1)

struct diag {
	enum diag_level level;
	size_t offset;		/* byte offset in the input file, or DIAG_NO_POS */
	size_t line;		/* 1-based line in the input file, or 0 */
	char *msg;		/* owned */
};

struct diag_list {
	struct diag *v;
	size_t n, cap;
	size_t dropped;		/* diagnostics not kept because of DIAG_MAX */
};

/* A damaged file can produce a diagnostic per byte; the list keeps the
 * first DIAG_MAX and counts the rest, so memory stays bounded. */
#define DIAG_MAX 100

void diag_list_init(struct diag_list *dl);
void diag_list_fini(struct diag_list *dl);

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void diag_add(struct diag_list *dl, enum diag_level level, size_t offset,
              size_t line, const char *fmt, ...);

/* "note", "warning" or "error". */
const char *diag_level_str(enum diag_level level);

#endif
