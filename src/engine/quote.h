/* quote.h - direct quotations: spans between quotation marks.
 * Engine; include from engine and tests.
 *
 * Marks may be straight, curly or mixed (a quote opened with " and closed
 * with ” is one quote); a single-quoted quotation counts when it is not
 * inside a double-quoted one; a quote still open at the end of the
 * paragraph runs to its end, as multi-paragraph quotes do in news copy. */
#ifndef NEWSDIFF_QUOTE_H
#define NEWSDIFF_QUOTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct quote {
	size_t para;		/* paragraph index */
	uint32_t start, len;	/* the quoted words, without the marks */
	uint32_t ostart, olen;	/* the same with its marks */
	bool open_end;		/* no closing mark in this paragraph */
};

struct quote_vec {
	struct quote *v;
	size_t n, cap;
};

/* Append the quotations of paragraph para (text s[0..n)) to out. */
void quote_scan(const uint8_t *s, size_t n, size_t para, struct quote_vec *out);

#endif
