/* out.c - buffered output to a FILE or to memory. */
#include "out.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "ustr.h"

struct out *
out_new(FILE *f)
{
	/* Not calloc: clearing the 64 KiB block costs more than a small
	 * export (three of them were 2% of the bundled pair's work). */
	struct out *o = xmalloc(sizeof *o);

	o->f = f;
	o->mem = NULL;
	o->nmem = o->capmem = 0;
	o->n = 0;
	o->failed = false;
	return o;
}

void
out_flush(struct out *o)
{
	if (o->n == 0)
		return;
	if (o->f == NULL) {
		MEM_GROW(o->mem, o->capmem, o->nmem + o->n);
		memcpy(o->mem + o->nmem, o->buf, o->n);
		o->nmem += o->n;
	} else if (fwrite(o->buf, 1, o->n, o->f) != o->n) {
		o->failed = true;
	}
	o->n = 0;
}

bool
out_finish(struct out *o)
{
	out_flush(o);
	return !o->failed;
}

void
out_free(struct out *o)
{
	if (o == NULL)
		return;
	free(o->mem);
	free(o);
}

const uint8_t *
out_take(struct out *o, size_t *len)
{
	out_flush(o);
	*len = o->nmem;
	o->nmem = 0;
	return o->mem != NULL ? o->mem : (const uint8_t *)"";
}

void
out_write_slow(struct out *o, const void *p, size_t n)
{
	out_flush(o);
	if (n <= OUT_BLOCK) {
		memcpy(o->buf, p, n);
		o->n = n;
	} else if (o->f == NULL) {
		MEM_GROW(o->mem, o->capmem, o->nmem + n);
		memcpy(o->mem + o->nmem, p, n);
		o->nmem += n;
	} else if (fwrite(p, 1, n, o->f) != n) {
		o->failed = true;
	}
}

void
out_size(struct out *o, size_t v)
{
	char buf[24];
	size_t i = sizeof buf;

	do
		buf[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	out_write(o, buf + i, sizeof buf - i);
}

void
out_printf(struct out *o, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		out_write(o, small, (size_t)n);
	} else {
		char *big = xmalloc((size_t)n + 1);

		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		out_write(o, big, (size_t)n);
		free(big);
	}
}

void
out_visible(struct out *o, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	while (i < n) {
		uint32_t cp, vis;
		uint8_t enc[4];
		size_t len;

		for (run = i; run < n && s[run] >= 0x20 && s[run] < 0x7F; run++)
			;
		out_write(o, s + i, run - i);
		if ((i = run) >= n)
			break;
		len = ustr_decode(s + i, n - i, &cp);
		vis = ustr_visible(cp);
		if (vis == cp && cp != USTR_REPLACEMENT)
			out_write(o, s + i, len);
		else
			out_write(o, enc, ustr_encode(vis, enc));
		i += len;
	}
}
