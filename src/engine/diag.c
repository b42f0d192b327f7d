/* diag.c - diagnostics about damaged or odd input. */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>

#include "mem.h"

void
diag_list_init(struct diag_list *dl)
{
	dl->v = NULL;
	dl->n = dl->cap = dl->dropped = 0;
}

void
diag_list_fini(struct diag_list *dl)
{
	size_t i;

	if (dl == NULL)
		return;
	for (i = 0; i < dl->n; i++)
		free(dl->v[i].msg);
	free(dl->v);
	diag_list_init(dl);
}

void
diag_add(struct diag_list *dl, enum diag_level level, size_t offset,
         size_t line, const char *fmt, ...)
{
	va_list ap;
	struct diag *d;
	char probe[1];
	int len;

	if (dl->n >= DIAG_MAX || fmt == NULL) {
		dl->dropped++;
		return;
	}
	MEM_GROW(dl->v, dl->cap, dl->n + 1);
	d = &dl->v[dl->n++];
	d->level = level;
	d->offset = offset;
	d->line = line;
	va_start(ap, fmt);
	len = vsnprintf(probe, sizeof probe, fmt, ap);
	va_end(ap);
	if (len < 0)
		len = 0;
	d->msg = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(d->msg, (size_t)len + 1, fmt, ap);
	va_end(ap);
}

const char *
diag_level_str(enum diag_level level)
{
	switch (level) {
	case DIAG_NOTE:
		return "note";
	case DIAG_WARN:
		return "warning";
	case DIAG_ERROR:
		return "error";
	}
	return "?";
}
