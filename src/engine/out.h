/* out.h - buffered output for the exports: to a FILE or to memory.
 * Engine-internal; include from the export writers and tests.
 *
 * Exports write millions of small pieces.  They go to a buffer of our own
 * and on to the FILE in large blocks, without stdio's locking per call; a
 * write error is remembered and reported once, at the end. */
#ifndef NEWSDIFF_OUT_H
#define NEWSDIFF_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define OUT_BLOCK 65536

struct out {
	FILE *f;		/* NULL: the bytes stay in mem */
	uint8_t *mem;		/* memory mode: everything written */
	size_t nmem, capmem;
	char buf[OUT_BLOCK];
	size_t n;
	bool failed;
};

/* An out that writes to f, or keeps what it is given in memory (f NULL:
 * see out_take()). */
struct out *out_new(FILE *f);

/* Empty the block buffer into the FILE (or memory). */
void out_flush(struct out *o);

/* Flush to the FILE; false if any write failed. */
bool out_finish(struct out *o);

void out_free(struct out *o);

/* Memory mode: the bytes written so far (not NUL-terminated) and their
 * number; the out is empty again afterwards, and keeps its storage. */
const uint8_t *out_take(struct out *o, size_t *len);

/* Bytes that do not fit the block: out of line. */
void out_write_slow(struct out *o, const void *p, size_t n);

static inline void
out_write(struct out *o, const void *p, size_t n)
{
	if (o->n + n <= OUT_BLOCK) {
		memcpy(o->buf + o->n, p, n);
		o->n += n;
	} else {
		out_write_slow(o, p, n);
	}
}

/* Inline, so that a literal's length is known when compiling. */
static inline void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void out_size(struct out *o, size_t v);	/* a number in decimal */

static inline void
out_putc(struct out *o, char c)
{
	if (o->n == OUT_BLOCK)
		out_flush(o);
	o->buf[o->n++] = c;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void out_printf(struct out *o, const char *fmt, ...);

/* Text as it may be shown: every character through ustr_visible(), so no
 * control character, escape or bidirectional override passes raw. */
void out_visible(struct out *o, const uint8_t *s, size_t n);

#endif
