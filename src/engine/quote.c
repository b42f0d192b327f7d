/* quote.c - finding direct quotations. */
#include "quote.h"

#include <string.h>

#include "mem.h"
#include "ustr.h"

/* Quotations shorter than this many bytes of text are not quotations but
 * a mark typed by itself or an empty pair (""). */
#define QUOTE_MIN_BYTES 1

/* The quotation marks and their lookalikes, in code point order. */
static const struct quote_mark_row {
	uint32_t cp;
	uint8_t mark;		/* enum quote_mark */
	bool apostrophe;	/* inside a word, an apostrophe */
} quote_marks[] = {
	{ 0x0022, QUOTE_MARK_AMBIG2, false },	/* " */
	{ 0x0027, QUOTE_MARK_AMBIG1, false },	/* ' */
	{ 0x0060, QUOTE_MARK_LIKE1, false },	/* ` */
	{ 0x00AB, QUOTE_MARK_OPEN2, false },	/* « */
	{ 0x00B4, QUOTE_MARK_LIKE1, false },	/* ´ */
	{ 0x00BB, QUOTE_MARK_CLOSE2, false },	/* » */
	{ 0x02BC, QUOTE_MARK_LIKE1, true },	/* ʼ modifier apostrophe */
	{ 0x2018, QUOTE_MARK_OPEN1, true },	/* ‘ */
	{ 0x2019, QUOTE_MARK_CLOSE1, true },	/* ’ */
	{ 0x201A, QUOTE_MARK_OPEN1, false },	/* ‚ */
	{ 0x201B, QUOTE_MARK_LIKE1, false },	/* ‛ */
	{ 0x201C, QUOTE_MARK_OPEN2, false },	/* “ */
	{ 0x201D, QUOTE_MARK_CLOSE2, false },	/* ” */
	{ 0x201E, QUOTE_MARK_OPEN2, false },	/* „ */
	{ 0x201F, QUOTE_MARK_AMBIG2, false },	/* ‟ */
	{ 0x2032, QUOTE_MARK_LIKE1, false },	/* ′ prime */
	{ 0x2033, QUOTE_MARK_LIKE2, false },	/* ″ double prime */
	{ 0x2039, QUOTE_MARK_OPEN1, false },	/* ‹ */
	{ 0x203A, QUOTE_MARK_CLOSE1, false },	/* › */
	{ 0x301D, QUOTE_MARK_OPEN2, false },	/* 〝 */
	{ 0x301E, QUOTE_MARK_CLOSE2, false },	/* 〞 */
	{ 0xFF02, QUOTE_MARK_AMBIG2, false },	/* ＂ */
};
#define NQUOTE_MARKS (sizeof quote_marks / sizeof *quote_marks)

static const struct quote_mark_row *
mark_row(uint32_t cp)
{
	size_t lo = 0, hi = NQUOTE_MARKS;

	if (cp < 0x80 && cp != '"' && cp != '\'' && cp != '`')
		return NULL;	/* most characters, at once */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (quote_marks[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < NQUOTE_MARKS && quote_marks[lo].cp == cp ? &quote_marks[lo]
	                                                      : NULL;
}

enum quote_mark
quote_mark_of(uint32_t cp)
{
	const struct quote_mark_row *r = mark_row(cp);

	return r ? (enum quote_mark)r->mark : QUOTE_MARK_NONE;
}

uint32_t
quote_fold(uint32_t cp)
{
	switch (quote_mark_of(cp)) {
	case QUOTE_MARK_NONE:
		return 0;
	case QUOTE_MARK_OPEN2:
	case QUOTE_MARK_CLOSE2:
	case QUOTE_MARK_AMBIG2:
	case QUOTE_MARK_LIKE2:
		return '"';
	case QUOTE_MARK_OPEN1:
	case QUOTE_MARK_CLOSE1:
	case QUOTE_MARK_AMBIG1:
	case QUOTE_MARK_LIKE1:
		return '\'';
	}
	return 0;
}

bool
quote_is_apostrophe(uint32_t cp)
{
	const struct quote_mark_row *r = mark_row(cp);

	return r != NULL && r->apostrophe;
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

/* The scanner's state: the quotation open, if any. */
struct qscan {
	struct quote_vec *out;
	const uint8_t *s;
	size_t para;
	int depth;		/* 0 none, 2 double open, 1 single open */
	size_t open, olen;	/* the opening mark */
	uint32_t opener;	/* its code point */
};

static void
open_at(struct qscan *q, int depth, size_t i, size_t len, uint32_t cp)
{
	q->depth = depth;
	q->open = i;
	q->olen = len;
	q->opener = cp;
}

/* Close the open quotation with the mark s[i..i+len). */
static void
close_at(struct qscan *q, size_t i, size_t len)
{
	if (q->depth == 2 || i - q->open - q->olen >= QUOTE_SINGLE_MIN)
		emit(q->out, q->s, q->para, q->open, q->olen, i, len, false);
	q->depth = 0;
}

/* The mark m (code point cp) at s[i..i+len), between the characters
 * prev and next (a space at either end of the paragraph). */
static void
on_mark(struct qscan *q, enum quote_mark m, uint32_t cp, size_t i,
        size_t len, uint32_t prev, uint32_t next)
{
	switch (m) {
	case QUOTE_MARK_NONE:
	case QUOTE_MARK_LIKE1:
	case QUOTE_MARK_LIKE2:
		break;
	case QUOTE_MARK_OPEN2:
		if (q->depth == 2 && q->opener == 0x201E && cp == 0x201C)
			close_at(q, i, len);	/* German style: „quoted“ */
		else if (q->depth != 2)		/* an open single ends */
			open_at(q, 2, i, len, cp);
		break;
	case QUOTE_MARK_CLOSE2:
		if (q->depth == 2)
			close_at(q, i, len);
		break;
	case QUOTE_MARK_AMBIG2:
		if (q->depth == 2)
			close_at(q, i, len);
		else if (!is_wordish(prev) && !ustr_is_space(next))
			/* Opens after a space or punctuation, not after a
			 * digit (12" is inches). */
			open_at(q, 2, i, len, cp);
		break;
	case QUOTE_MARK_OPEN1:
	case QUOTE_MARK_AMBIG1:
		/* Opens before a letter only: '90s is an elision. */
		if (q->depth == 0 && !is_wordish(prev) && ustr_is_letter(next))
			open_at(q, 1, i, len, cp);
		else if (q->depth == 1 && m == QUOTE_MARK_AMBIG1 &&
		         !is_wordish(next) && !ustr_is_space(prev))
			close_at(q, i, len);
		break;
	case QUOTE_MARK_CLOSE1:
		/* ’ between letters is an apostrophe (don’t). */
		if (q->depth == 1 && !is_wordish(next) && !ustr_is_space(prev))
			close_at(q, i, len);
		break;
	}
}

/* Wire copy of the 1990s (and TeX) writes ``double quotes'' with two
 * grave accents and two apostrophes, and `single ones' with one of each:
 * the mark at s[i], which the table calls a lookalike or a single mark,
 * is one of these when *m and *len say so. */
static void
wire_mark(const struct qscan *q, size_t n, size_t i, enum quote_mark *m,
          size_t *len)
{
	const uint8_t *s = q->s;

	if (s[i] == '`' && i + 1 < n && s[i + 1] == '`') {
		*m = QUOTE_MARK_OPEN2;
		*len = 2;
	} else if (s[i] == '`') {
		*m = QUOTE_MARK_OPEN1;
	} else if (s[i] == '\'' && i + 1 < n && s[i + 1] == '\'' &&
	           q->depth == 2) {
		*m = QUOTE_MARK_CLOSE2;
		*len = 2;
	}
}

void
quote_scan(const uint8_t *s, size_t n, size_t para, struct quote_vec *out)
{
	struct qscan q = { .out = out, .s = s, .para = para };
	size_t i = 0, at;
	uint32_t prev = ' ';
	/* The next ", ' and ` and the next character past ASCII: of the
	 * ASCII characters only those three can be marks, so the scan jumps
	 * from one of these to the next, finding each kind again only once
	 * it is passed. */
	size_t nd = find(s, n, 0, '"'), nq = find(s, n, 0, '\'');
	size_t ng = find(s, n, 0, '`'), nh = ustr_ascii_run(s, n, 0);

	while (i < n) {
		uint32_t cp, next = ' ';
		size_t len;
		enum quote_mark m;

		if (nd < i)
			nd = find(s, n, i, '"');
		if (nq < i)
			nq = find(s, n, i, '\'');
		if (ng < i)
			ng = find(s, n, i, '`');
		if (nh < i)
			nh = ustr_ascii_run(s, n, i);
		at = nd < nq ? nd : nq;
		at = ng < at ? ng : at;
		if ((at = nh < at ? nh : at) >= n)
			break;
		if (at > i)	/* ASCII passed over, none of it a mark */
			prev = s[at - 1];
		i = at;
		len = ustr_decode(s + i, n - i, &cp);
		m = quote_mark_of(cp);
		wire_mark(&q, n, i, &m, &len);
		if (i + len < n)
			ustr_decode(s + i + len, n - i - len, &next);
		on_mark(&q, m, cp, i, len, prev, next);
		prev = cp;
		i += len;
	}
	/* An open double quote runs to the end of the paragraph; an open
	 * single one was more likely an apostrophe ("the ’90s"). */
	if (q.depth == 2)
		emit(out, s, para, q.open, q.olen, n, 0, true);
}
