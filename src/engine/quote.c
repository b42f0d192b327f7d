/* quote.c - finding direct quotations. */
#include "quote.h"

#include <string.h>

#include "mem.h"
#include "ustr.h"

/* Quotations shorter than this many bytes of text are not quotations but
 * a mark typed by itself or an empty pair (""). */
#define QUOTE_MIN_BYTES 1

enum mark { MARK_NONE, MARK_OPEN2, MARK_CLOSE2, MARK_AMBIG2, MARK_OPEN1,
            MARK_CLOSE1, MARK_AMBIG1 };

static enum mark
classify(uint32_t cp)
{
	switch (cp) {
	case 0x201C: case 0x201E: case 0x00AB: case 0x301D:
		return MARK_OPEN2;	/* “ „ « */
	case 0x201D: case 0x00BB: case 0x301E:
		return MARK_CLOSE2;	/* ” » */
	case '"': case 0xFF02: case 0x201F:
		return MARK_AMBIG2;
	case 0x2018: case 0x201A: case 0x2039:
		return MARK_OPEN1;	/* ‘ ‚ ‹ */
	case 0x2019: case 0x203A:
		return MARK_CLOSE1;	/* ’ › (also the apostrophe) */
	case '\'':
		return MARK_AMBIG1;
	}
	return MARK_NONE;
}

static bool
is_wordish(uint32_t cp)
{
	return ustr_is_letter(cp) || ustr_digit_value(cp) >= 0;
}

/* A single-quoted span this short is an elision ("rock 'n' roll"), not
 * a quotation. */
#define QUOTE_SINGLE_MIN 2

static void
emit(struct quote_vec *out, const uint8_t *s, size_t para, size_t open,
     size_t olen, size_t close, size_t clen, bool open_end)
{
	struct quote *q;
	size_t start = open + olen, end = close;

	/* White space inside the marks is not part of the words; French
	 * sets guillemets off with no-break spaces. */
	for (;;) {
		uint32_t cp;
		size_t len = start < end ? ustr_decode(s + start, end - start, &cp)
		                         : 0;

		if (len == 0 || !ustr_is_space(cp))
			break;
		start += len;
	}
	while (end > start) {
		size_t k = end - 1;
		uint32_t cp;

		while (k > start && (s[k] & 0xC0) == 0x80)
			k--;
		ustr_decode(s + k, end - k, &cp);
		/* The comma or colon of "...," he said is punctuation of
		 * the sentence around the quotation, not of its words. */
		if (!ustr_is_space(cp) && cp != ',' && cp != ';' && cp != ':')
			break;
		end = k;
	}
	if (end < start + QUOTE_MIN_BYTES)
		return;
	MEM_GROW(out->v, out->cap, out->n + 1);
	q = &out->v[out->n++];
	q->para = para;
	q->ostart = (uint32_t)open;
	q->olen = (uint32_t)(close + clen - open);
	q->start = (uint32_t)start;
	q->len = (uint32_t)(end - start);
	q->open_end = open_end;
}

/* The index of the first c in s[from..n), or n. */
static size_t
find(const uint8_t *s, size_t n, size_t from, uint8_t c)
{
	const uint8_t *p = memchr(s + from, c, n - from);

	return p ? (size_t)(p - s) : n;
}

void
quote_scan(const uint8_t *s, size_t n, size_t para, struct quote_vec *out)
{
	size_t i = 0, open = 0, olen = 0;
	int depth = 0;		/* 0 none, 2 double open, 1 single open */
	uint32_t prev = ' ', opener = 0;

	bool ascii = ustr_is_ascii(s, n);
	size_t nd = 0, nq = 0;	/* next " and ', once found */

	if (ascii) {
		nd = find(s, n, 0, '"');
		nq = find(s, n, 0, '\'');
	}

	while (i < n) {
		uint32_t cp, next = ' ';
		size_t len;
		enum mark m;

		if (ascii) {
			/* Only " and ' can be marks: jump to the next one,
			 * finding each kind again only once it is passed. */
			if (nd < i)
				nd = find(s, n, i, '"');
			if (nq < i)
				nq = find(s, n, i, '\'');
			if ((i = nd < nq ? nd : nq) >= n)
				break;
			prev = i > 0 ? s[i - 1] : ' ';
		} else if (s[i] < 0x80 && s[i] != '"' && s[i] != '\'') {
			prev = s[i++];	/* no mark */
			continue;
		}
		len = ustr_decode(s + i, n - i, &cp);
		m = classify(cp);

		if (i + len < n)
			ustr_decode(s + i + len, n - i - len, &next);
		switch (m) {
		case MARK_NONE:
			break;
		case MARK_OPEN2:
			if (depth == 2 && opener == 0x201E && cp == 0x201C) {
				/* German style: „quoted“ */
				emit(out, s, para, open, olen, i, len, false);
				depth = 0;
			} else if (depth != 2) {	/* an open single ends */
				depth = 2;
				open = i;
				olen = len;
				opener = cp;
			}
			break;
		case MARK_CLOSE2:
			if (depth == 2) {
				emit(out, s, para, open, olen, i, len, false);
				depth = 0;
			}
			break;
		case MARK_AMBIG2:
			if (depth == 2) {
				emit(out, s, para, open, olen, i, len, false);
				depth = 0;
			} else if (!is_wordish(prev) && !ustr_is_space(next)) {
				/* Opens after a space or punctuation, not
				 * after a digit (12" is inches). */
				depth = 2;
				open = i;
				olen = len;
				opener = cp;
			}
			break;
		case MARK_OPEN1:
		case MARK_AMBIG1:
			/* Opens before a letter only: '90s is an elision. */
			if (depth == 0 && !is_wordish(prev) && ustr_is_letter(next)) {
				depth = 1;
				open = i;
				olen = len;
			} else if (depth == 1 && m == MARK_AMBIG1 &&
			           !is_wordish(next) && !ustr_is_space(prev)) {
				if (i - open - olen >= QUOTE_SINGLE_MIN)
					emit(out, s, para, open, olen, i, len,
					     false);
				depth = 0;
			}
			break;
		case MARK_CLOSE1:
			/* ’ between letters is an apostrophe (don’t). */
			if (depth == 1 && !is_wordish(next) &&
			    !ustr_is_space(prev)) {
				if (i - open - olen >= QUOTE_SINGLE_MIN)
					emit(out, s, para, open, olen, i, len,
					     false);
				depth = 0;
			}
			break;
		}
		prev = cp;
		i += len;
	}
	/* An open double quote runs to the end of the paragraph; an open
	 * single one was more likely an apostrophe ("the ’90s"). */
	if (depth == 2)
		emit(out, s, para, open, olen, n, 0, true);
}
