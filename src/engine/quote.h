/* quote.h - direct quotations: spans between quotation marks.
 * Engine; include from engine and tests.
 *
 * Marks may be straight, curly or mixed (a quote opened with " and closed
 * with ” is one quote), guillemets, „German“ or ``wire style''; a
 * single-quoted quotation (‘so’, 'so', `so') counts when it is not
 * inside a double-quoted one; a quote still open at the end of the
 * paragraph runs to its end, as multi-paragraph quotes do in news copy. */
#ifndef NEWSDIFF_QUOTE_H
#define NEWSDIFF_QUOTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a character does as a quotation mark.  The one list of quotation
 * marks: the tokenizer folds them (all double marks to '"', single marks
 * and apostrophes to '\''), quote_scan() pairs them, and the kind rules
 * find quotation paragraphs with it. */
enum quote_mark {
	QUOTE_MARK_NONE,	/* not a quotation mark */
	QUOTE_MARK_OPEN2,	/* a double mark that opens: “ „ « 〝 */
	QUOTE_MARK_CLOSE2,	/* one that closes: ” » 〞 */
	QUOTE_MARK_AMBIG2,	/* either: " ＂ ‟ */
	QUOTE_MARK_OPEN1,	/* a single mark that opens: ‘ ‚ ‹ */
	QUOTE_MARK_CLOSE1,	/* one that closes: ’ › (also the
				 * apostrophe) */
	QUOTE_MARK_AMBIG1,	/* either: ' */
	QUOTE_MARK_LIKE2,	/* looks like a double mark, never quotes:
				 * ″ (double prime) */
	QUOTE_MARK_LIKE1,	/* looks like a single mark or an apostrophe,
				 * never quotes: ‛ ′ ʼ ` ´ */
};

/* What cp does as a quotation mark. */
enum quote_mark quote_mark_of(uint32_t cp);

/* '"' for a double quotation mark or its lookalike, '\'' for a single one
 * or an apostrophe, else 0. */
uint32_t quote_fold(uint32_t cp);

/* Whether cp is an apostrophe inside a word (don’t): ’ ‘ ʼ, folded
 * to '\'' in the word's key. */
bool quote_is_apostrophe(uint32_t cp);

/* Whether the mark m may open a double-quoted span, or close one. */
#define quote_mark_opens2(m) \
	((m) == QUOTE_MARK_OPEN2 || (m) == QUOTE_MARK_AMBIG2)
#define quote_mark_closes2(m) \
	((m) == QUOTE_MARK_CLOSE2 || (m) == QUOTE_MARK_AMBIG2)

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
