/* article.c - loading a report and cutting it into paragraphs.
 *
 * load:    bytes -> clean UTF-8 lines (BOM, CR, invalid bytes, NFC, tabs)
 * segment: lines -> paragraphs (blank lines; hard-wrapped blocks join)
 * kinds:   kind.c names the kind of each paragraph. */
#include "article.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"
#include "figure.h"
#include "kind.h"
#include "quote.h"
#include "lexicon.h"
#include "mem.h"
#include "page.h"
#include "quote.h"
#include "token.h"
#include "ustr.h"

/* Tabs expand to the next multiple of this many columns, as terminals do. */
#define TAB_WIDTH 8

/* Hard-wrapped blocks (a license text, a plain-text e-mail) have lines of
 * near-equal width, most of them ending mid-sentence.  News copied from a
 * web page has one paragraph per line, usually far longer than this. */
#define HARDWRAP_MIN_WIDTH 40		/* narrower blocks are lists or stubs */
#define HARDWRAP_MAX_WIDTH 100		/* widest line of a wrapped block */
#define HARDWRAP_FULL_RATIO 0.6		/* a "full" line is this share of it */
#define HARDWRAP_FULL_SHARE 0.75	/* share of non-last lines that are full */
#define HARDWRAP_MIDSENTENCE_SHARE 0.5	/* share ending without . ! ? : ; " */
#define HARDWRAP_FILE_MIN_BLOCKS 2	/* wrapped blocks that make a file so */
#define HARDWRAP_FILE_SHARE 0.5		/* of its blocks of several lines */
#define HARDWRAP_WIDTH_SLACK 8		/* the widest line seen is only a lower
					 * bound of the wrap column */

/* One input line.  16 bytes: a 5 MB report has 33,000 lines and each
 * first touch of a page costs (see mem.c).  Offsets fit 32 bits, as the
 * input is at most ARTICLE_MAX_SIZE and a line grows at most TAB_WIDTH
 * times in the scratch buffer. */
struct line {
	uint32_t start, len;	/* trailing space trimmed */
	uint32_t lineno;
	bool scratch;		/* start is in the scratch buffer, not in the
				 * cleaned input (the line had to change) */
	bool blank;
};

struct buf {
	uint8_t *p;
	size_t n, cap;
};

static void
buf_put(struct buf *b, const void *src, size_t n)
{
	MEM_GROW(b->p, b->cap, b->n + n + 1);
	memmove(b->p + b->n, src, n);	/* segment() may write in place */
	b->n += n;
}

static void
buf_putc(struct buf *b, uint8_t c)
{
	buf_put(b, &c, 1);
}

/* ---- load ---------------------------------------------------------- */

/* Eight ASCII bytes as one number: a byte of ASCII_ONES times c, and
 * ASCII_TOPS the top bit of each byte. */
#define ASCII_ONES 0x0101010101010101u
#define ASCII_TOPS (ASCII_ONES * 0x80)

/* The bytes of x (all below 0x80) that equal c, as their top bits: x ^ c
 * is zero there, and adding 0x7F sets the top bit of every other byte
 * without a carry into the next. */
static uint64_t
ascii_eq(uint64_t x, uint8_t c)
{
	uint64_t t = x ^ (ASCII_ONES * c);

	return ~((t + ASCII_ONES * 0x7F) | t) & ASCII_TOPS;
}

/* Bytes -> UTF-8 with LF line ends: CRLF and lone CR become LF, as do
 * U+2028 and U+2029; invalid sequences become U+FFFD with a diagnostic. */
static void
clean_bytes(const uint8_t *s, size_t n, size_t base, struct buf *out,
            struct diag_list *dl)
{
	static const uint8_t repl[] = { 0xEF, 0xBF, 0xBD };
	size_t i = 0, line = 1;
	uint32_t cp;
	size_t len;

	MEM_GROW(out->p, out->cap, n + 1);
	while (i < n) {
		size_t run = i;

		/* Copy a run of plain ASCII at once, counting lines, eight
		 * bytes at a time while there are. */
		while (n - run >= 8) {
			uint64_t x;

			memcpy(&x, s + run, 8);
			if ((x & ASCII_TOPS) != 0 || ascii_eq(x, '\r') != 0)
				break;
			line += (size_t)(((ascii_eq(x, '\n') >> 7) * ASCII_ONES)
			                 >> 56);
			run += 8;
		}
		while (run < n && s[run] < 0x80 && s[run] != '\r') {
			line += s[run] == '\n';
			run++;
		}
		if (run > i) {
			buf_put(out, s + i, run - i);
			i = run;
			continue;
		}
		if (s[i] == '\r') {
			buf_putc(out, '\n');
			line++;
			i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
			continue;
		}
		len = ustr_decode(s + i, n - i, &cp);
		if (cp == USTR_REPLACEMENT &&
		    !(len == 3 && memcmp(s + i, repl, 3) == 0)) {
			diag_add(dl, DIAG_WARN, base + i, line,
			         "invalid UTF-8 (byte 0x%02X) at byte offset "
			         "%zu, shown as U+FFFD", s[i], base + i);
			buf_put(out, repl, sizeof repl);
		} else if (cp == 0x2028 || cp == 0x2029) {
			buf_putc(out, '\n');
			line++;
		} else {
			buf_put(out, s + i, len);
		}
		i += len;
	}
}

/* Describe one input line, clean[start .. start + n): as it is if it is
 * ASCII without tabs, else as a copy in scratch with NFC applied and tabs
 * expanded.  Trailing white space is trimmed. */
static void
add_line(const uint8_t *clean, size_t start, size_t n, struct buf *scratch,
         struct line *ln)
{
	const uint8_t *s = clean + start, *base;
	uint8_t *nfc = NULL;
	size_t i, col = 0, end;
	uint32_t cp;
	bool plain;

	plain = ustr_is_ascii(s, n) && memchr(s, '\t', n) == NULL;
	ln->scratch = !plain;
	if (plain) {
		ln->start = (uint32_t)start;
		base = clean;
	} else {
		if (!ustr_is_nfc_quick(s, n)) {
			nfc = ustr_nfc(s, n, &n);
			s = nfc;
		}
		ln->start = (uint32_t)scratch->n;
		for (i = 0; i < n;) {
			size_t len;

			if (s[i] == '\t') {
				do
					buf_putc(scratch, ' ');
				while (++col % TAB_WIDTH != 0);
				i++;
				continue;
			}
			len = ustr_decode(s + i, n - i, &cp);
			buf_put(scratch, s + i, len);
			col += (size_t)ustr_cp_width(cp);
			i += len;
		}
		free(nfc);
		n = scratch->n - ln->start;
		base = scratch->p;
	}

	/* Trim trailing white space, Unicode spaces included. */
	end = ln->start + n;
	while (end > ln->start) {
		size_t k = end - 1;

		if (base[k] == ' ') {
			end = k;
			continue;
		}
		while (k > ln->start && (base[k] & 0xC0) == 0x80)
			k--;
		ustr_decode(base + k, end - k, &cp);
		if (!ustr_is_space(cp))
			break;
		end = k;
	}
	if (ln->scratch)
		scratch->n = end;
	ln->len = (uint32_t)(end - ln->start);
	/* A line of only white space, Unicode spaces included, is blank. */
	ln->blank = ustr_skip_space(base, end, ln->start) == end;
}

/* ---- segment ------------------------------------------------------- */

static size_t
first_word_width(const uint8_t *s, size_t n)
{
	size_t i = ustr_skip_space(s, n, 0), j = i;

	while (j < n && s[j] != ' ')
		j++;
	return ustr_width(s + i, j - i);
}

static const uint8_t *
line_text(const struct line *ln, const uint8_t *clean, const uint8_t *scratch)
{
	return (ln->scratch ? scratch : clean) + ln->start;
}

static size_t
indent_of(const struct line *ln, const uint8_t *clean, const uint8_t *scratch)
{
	return ustr_skip_space(line_text(ln, clean, scratch), ln->len, 0);
}

static bool
is_hard_wrapped(const uint8_t *clean, const uint8_t *scratch,
                const struct line *ln, size_t k)
{
	size_t i, w = 0, full = 0, mid = 0, ends = 0, margin = SIZE_MAX;
	size_t *width;
	bool wrapped = false;

	if (k < 2)
		return false;
	width = xmalloc(k * sizeof *width);
	for (i = 0; i < k; i++) {
		/* Wider than any wrap in bytes is wider in columns too,
		 * as no character is wider than its encoding. */
		width[i] = ln[i].len > 4 * HARDWRAP_MAX_WIDTH
		                   ? ln[i].len
		                   : ustr_width(line_text(&ln[i], clean, scratch),
		                                ln[i].len);
		if (width[i] > w)
			w = width[i];
	}
	if (w < HARDWRAP_MIN_WIDTH || w > HARDWRAP_MAX_WIDTH)
		goto out;
	for (i = 0; i < k; i++) {
		size_t in = indent_of(&ln[i], clean, scratch);

		margin = in < margin ? in : margin;
	}
	for (i = 0; i + 1 < k; i++) {
		const uint8_t *s = line_text(&ln[i + 1], clean, scratch);
		size_t next = first_word_width(s, ln[i + 1].len);

		/* The last line of a paragraph, before an indented first
		 * line, is neither full nor mid-sentence. */
		if (indent_of(&ln[i + 1], clean, scratch) > margin) {
			ends++;
			continue;
		}
		if (width[i] >= HARDWRAP_FULL_RATIO * (double)w ||
		    width[i] + 1 + next > w)
			full++;
		if (!kind_ends_sentence(line_text(&ln[i], clean, scratch),
		                        ln[i].len))
			mid++;
	}
	wrapped = k - 1 > ends &&
	          full >= HARDWRAP_FULL_SHARE * (double)(k - 1 - ends) &&
	          mid >= HARDWRAP_MIDSENTENCE_SHARE * (double)(k - 1 - ends);
out:
	free(width);
	return wrapped;
}

static size_t
line_width(const struct line *ln, const uint8_t *clean, const uint8_t *scratch)
{
	return ln->len > 4 * HARDWRAP_MAX_WIDTH
	               ? ln->len
	               : ustr_width(line_text(ln, clean, scratch), ln->len);
}

/* The column a file is wrapped at when most of its blocks of several
 * lines are hard-wrapped paragraphs (the widest line of those), else 0.
 * Its other blocks are then paragraphs wrapped at the same column, even
 * when too short to show it themselves: a quotation ending in ,\" and
 * the attribution on the next line are one paragraph. */
static size_t
wrap_width(const uint8_t *clean, const uint8_t *scratch,
           const struct line *lines, size_t nlines)
{
	size_t i, j, k, wrapped = 0, multi = 0, w = 0;

	for (i = 0; i < nlines; i = j) {
		if (lines[i].blank) {
			j = i + 1;
			continue;
		}
		for (j = i; j < nlines && !lines[j].blank; j++)
			;
		if (j - i < 2)
			continue;
		multi++;
		if (!is_hard_wrapped(clean, scratch, lines + i, j - i))
			continue;
		wrapped++;
		for (k = i; k < j; k++)
			if (line_width(&lines[k], clean, scratch) > w)
				w = line_width(&lines[k], clean, scratch);
	}
	return wrapped >= HARDWRAP_FILE_MIN_BLOCKS &&
	                       wrapped >= HARDWRAP_FILE_SHARE * (double)multi
	               ? w
	               : 0;
}

/* Whether the block ln[0..k) is a paragraph wrapped at column w: no line
 * wider, and every line but the last full (the next word would not have
 * fitted, or it takes most of the width). */
static bool
fills_wrap(const uint8_t *clean, const uint8_t *scratch,
           const struct line *ln, size_t k, size_t w)
{
	size_t i;

	if (w == 0 || k < 2)
		return false;
	for (i = 0; i < k; i++) {
		size_t width = line_width(&ln[i], clean, scratch), next;

		if (width > w + HARDWRAP_WIDTH_SLACK)
			return false;
		if (i + 1 == k)
			break;
		next = first_word_width(line_text(&ln[i + 1], clean, scratch),
		                        ln[i + 1].len);
		if (width < HARDWRAP_FULL_RATIO * (double)w &&
		    width + 1 + next <= w)
			return false;
	}
	return true;
}

static void
add_para(struct article *a, size_t *cap, size_t start, size_t line)
{
	struct article_para *p;

	MEM_GROW(a->para, *cap, a->npara + 1);
	p = &a->para[a->npara++];
	memset(p, 0, sizeof *p);
	p->start = start;
	p->line = line;
	p->kind = ARTICLE_BODY;
	p->dup_of = ARTICLE_NONE;
	p->twin = ARTICLE_NONE;
}

/* Append lines ln[0..k) to the text as one paragraph (k == 1: one line). */
static void
emit_para(struct article *a, size_t *pcap, struct buf *text,
          const uint8_t *clean, const uint8_t *scratch, const struct line *ln,
          size_t k)
{
	size_t i;

	add_para(a, pcap, text->n, ln[0].lineno);
	for (i = 0; i < k; i++) {
		const uint8_t *s = line_text(&ln[i], clean, scratch);
		size_t b = ustr_skip_space(s, ln[i].len, 0);

		if (i > 0) {
			/* "cease-\nfire" joins as "cease-fire". */
			bool hyphen = text->n >= 2 &&
			              text->p[text->n - 1] == '-' &&
			              ustr_is_letter(text->p[text->n - 2]);
			if (!hyphen)
				buf_putc(text, ' ');
		}
		buf_put(text, s + b, ln[i].len - b);
	}
	a->para[a->npara - 1].len = text->n - a->para[a->npara - 1].start;
	buf_putc(text, '\0');
}

/* The last character of the line s[0..n) before any closing quotation
 * marks and brackets ("... he said." / "... to go?'" / "... its
 * limit,\""), or 0. */
static uint32_t
last_before_closers(const uint8_t *s, size_t n)
{
	uint32_t cp;

	while (n > 0) {
		size_t k = n;

		while (k > 1 && (s[k - 1] & 0xC0) == 0x80)
			k--;
		ustr_decode(s + k - 1, n - k + 1, &cp);
		if (cp != ')' && !quote_mark_closes2(quote_mark_of(cp)))
			return cp;
		n = k - 1;
	}
	return 0;
}

/* Whether the line s[0..n) ends with a sentence's end: . ! or ?, not a
 * comma inside closing marks ("... its limit,\""). */
static bool
ends_full_sentence(const uint8_t *s, size_t n)
{
	uint32_t cp = last_before_closers(s, n);

	return cp == '.' || cp == '!' || cp == '?';
}

/* A line is short when it and the next line's first word take at most
 * WRAP_SHORT_NUM / WRAP_SHORT_DEN of the wrap width: fmt(1) and editors
 * fill lines to within a word of their width, so such a line was ended
 * on purpose.  The 40 texts of the 20 real development pairs wrapped by
 * fmt at 50, 60, 72 and 80 columns keep every paragraph whole at 4/5;
 * run together with no blank lines, their headlines and datelines come
 * apart from the lede (alignment precision 0.866 -> 0.895, recall 0.625
 * -> 0.637 on the 8 of the devset). */
#define WRAP_SHORT_NUM 4
#define WRAP_SHORT_DEN 5

/* Whether s[0..n) has letters, at least two, and none in lower case. */
static bool
all_capitals(const uint8_t *s, size_t n)
{
	size_t i = 0, letters = 0;
	uint32_t cp;

	while (i < n) {
		i += ustr_decode(s + i, n - i, &cp);
		if (ustr_is_lower(cp))
			return false;
		letters += ustr_is_letter(cp);
	}
	return letters >= 2;
}

/* Whether line ln[i] of a hard-wrapped block, wrapped at column w with
 * its least indented lines at column margin, starts a paragraph.  Plain
 * text archives and old wire copy run paragraphs together with no blank
 * line between: a paragraph ends with a line that ends a sentence and
 * leaves room for the next line's first word, or the next paragraph's
 * first line is indented: in a block whose first line is indented, any
 * line indented as much (a headline above an indented lede); in one whose
 * first line is not (a list with hanging indents, say), only after a
 * sentence's end or a short line. */
static bool
starts_para(const uint8_t *clean, const uint8_t *scratch,
            const struct line *ln, size_t i, size_t w, size_t margin,
            size_t indent0)
{
	size_t indent = indent_of(&ln[i], clean, scratch);
	const struct line *prev = &ln[i - 1];
	const uint8_t *p = line_text(prev, clean, scratch);
	const uint8_t *s = line_text(&ln[i], clean, scratch);
	bool sentence = ends_full_sentence(p, prev->len);
	size_t need = line_width(prev, clean, scratch) + 1 +
	              first_word_width(s, ln[i].len);
	bool room = need <= w;

	if (sentence && room)
		return true;
	/* A line that stops far short of the margin was ended by hand: a
	 * headline, a dateline or a byline above the lede; unless it ends in
	 * a comma, where fmt(1) may balance a quotation ending ,\" before
	 * its attribution. */
	if (need * WRAP_SHORT_DEN <= w * WRAP_SHORT_NUM &&
	    last_before_closers(p, prev->len) != ',')
		return true;
	/* A line in capitals (a headline, a dateline) before one that is
	 * not. */
	if (all_capitals(p, prev->len) && !all_capitals(s, ln[i].len))
		return true;
	if (indent <= margin)
		return false;
	return sentence || room || indent0 >= indent;
}

/* Append the hard-wrapped block ln[0..k) as its paragraphs. */
static void
emit_wrapped(struct article *a, size_t *pcap, struct buf *text,
             const uint8_t *clean, const uint8_t *scratch,
             const struct line *ln, size_t k, size_t file_w)
{
	size_t i, first = 0, w = file_w, margin = SIZE_MAX;
	size_t indent0 = indent_of(&ln[0], clean, scratch);

	/* All read before the first paragraph is written: in place, it
	 * goes over the block's first lines. */
	for (i = 0; i < k; i++) {
		size_t width = line_width(&ln[i], clean, scratch);
		size_t indent = indent_of(&ln[i], clean, scratch);

		if (width > w)
			w = width;
		if (indent < margin)
			margin = indent;
	}
	for (i = 1; i <= k; i++)
		if (i == k ||
		    starts_para(clean, scratch, ln, i, w, margin, indent0)) {
			emit_para(a, pcap, text, clean, scratch, ln + first,
			          i - first);
			first = i;
		}
}

/* Split clean[0..n) into lines and the lines into paragraphs, into
 * a->text.  A paragraph's text is its lines joined by spaces, without
 * their indent or trailing space, and a NUL: never longer than the lines
 * and the line end after them, as long as no line grows in the scratch
 * buffer (a tab expanded).  So when clean is the caller's to give (own
 * is clean, with cap bytes of room), the text is written over it, each
 * paragraph at or before where its lines were, and clean becomes a->text:
 * no second copy of a large report.  Returns whether it did. */
static bool
segment(struct article *a, const uint8_t *clean, size_t n, uint8_t *own,
        size_t cap)
{
	struct buf scratch = { 0 }, text = { 0 };
	struct line *lines = NULL;
	size_t nlines = 0, lcap = 0, pcap = 0, i, j, file_w;
	bool grew = false;

	/* The lines counted first, so that their array and the paragraphs'
	 * are allocated once, at their size. */
	for (i = 0, lcap = 1; i < n; i++) {
		const uint8_t *nl = memchr(clean + i, '\n', n - i);

		if (nl == NULL)
			break;
		lcap++;
		i = (size_t)(nl - clean);
	}
	lines = xreallocarray(NULL, lcap, sizeof *lines);
	for (i = 0; i < n;) {
		const uint8_t *nl = memchr(clean + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - clean) : n;

		add_line(clean, i, end - i, &scratch, &lines[nlines]);
		grew |= lines[nlines].len > end - i;
		lines[nlines].lineno = (uint32_t)(nlines + 1);
		nlines++;
		pcap += !lines[nlines - 1].blank;
		i = end + 1;
	}
	/* A paragraph has at least one line that is not blank. */
	a->para = xreallocarray(NULL, pcap ? pcap : 1, sizeof *a->para);
	if (own == clean && cap >= n + 2 && !grew) {
		text.p = own;
		text.cap = cap;
	} else {
		/* The text is at most the input plus a NUL per line. */
		MEM_GROW(text.p, text.cap, n + n / 8 + 16);
	}

	file_w = wrap_width(clean, scratch.p, lines, nlines);
	for (i = 0; i < nlines;) {
		if (lines[i].blank) {
			i++;
			continue;
		}
		for (j = i; j < nlines && !lines[j].blank; j++)
			;
		if (is_hard_wrapped(clean, scratch.p, lines + i, j - i) ||
		    fills_wrap(clean, scratch.p, lines + i, j - i, file_w)) {
			emit_wrapped(a, &pcap, &text, clean, scratch.p,
			             lines + i, j - i, file_w);
		} else {
			for (; i < j; i++)
				emit_para(a, &pcap, &text, clean, scratch.p,
				          lines + i, 1);
		}
		i = j;
	}
	free(lines);
	free(scratch.p);
	if (text.p == NULL)
		buf_putc(&text, '\0');
	a->text = text.p;
	a->text_len = text.n;
	return own != NULL && text.p == own;
}

/* ---- kinds ----------------------------------------------------------- */

/* ---- public -------------------------------------------------------- */

/* A UTF-16 text of mostly Latin script without a byte order mark has a
 * zero byte in every other place: the high byte of each character.  This
 * many of the first pairs of bytes are looked at, and a text is taken
 * for UTF-16 when this share of them have one zero byte, at the same
 * place, and none is two zeros (U+0000). */
#define UTF16_SNIFF_PAIRS 4096
#define UTF16_SNIFF_SHARE 0.9

/* Why bytes that hold a NUL or open with a UTF-16 or UTF-32 byte order
 * mark are not read: the encoding they are in if it can be told (so the
 * message names it and the right iconv call), else a binary file. */
static enum rc
not_utf8(const uint8_t *b, size_t len)
{
	size_t i, pairs = 0, le = 0, be = 0;

	if (len >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
		return RC_UTF32LE;
	if (len >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
		return RC_UTF32BE;
	if (len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	                 (b[0] == 0xFE && b[1] == 0xFF)))
		return RC_UTF16;
	if (len % 2 != 0)
		return RC_BINARY;
	for (i = 0; i + 1 < len && pairs < UTF16_SNIFF_PAIRS; i += 2) {
		if (b[i] == 0 && b[i + 1] == 0)
			return RC_BINARY;
		le += b[i] != 0 && b[i + 1] == 0;
		be += b[i] == 0 && b[i + 1] != 0;
		pairs++;
	}
	if (le >= UTF16_SNIFF_SHARE * (double)pairs)
		return RC_UTF16LE;
	if (be >= UTF16_SNIFF_SHARE * (double)pairs)
		return RC_UTF16BE;
	return RC_BINARY;
}

static enum rc
read_all(int fd, size_t max, uint8_t **out, size_t *outlen, size_t *outcap)
{
	uint8_t *b = NULL;
	size_t n = 0, cap = 0;
	struct stat st;

	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			errno = EISDIR;
			return RC_IO;
		}
		if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max)
			return RC_TOO_LARGE;
		if (S_ISREG(st.st_mode))	/* read it in one go */
			MEM_GROW(b, cap, (size_t)st.st_size + 1);
	}
	for (;;) {
		ssize_t r;

		/* Grown only when full: a regular file's last read, the
		 * one that finds its end, must not move it all. */
		if (n == cap)
			MEM_GROW(b, cap, n + 65536);
		r = read(fd, b + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			free(b);
			return RC_IO;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			free(b);
			return RC_TOO_LARGE;
		}
	}
	*out = b;
	*outlen = n;
	*outcap = cap;
	return RC_OK;
}

/* The byline and dateline of a text file, from its first paragraphs,
 * where the kinds say they are plainly that. */
#define META_SCAN_PARAS 6

static void
text_meta(struct article *a)
{
	size_t i;

	for (i = 0; i < a->npara && i < META_SCAN_PARAS; i++) {
		const struct article_para *p = &a->para[i];
		char **dst = p->kind == ARTICLE_BYLINE     ? &a->meta.byline
		             : p->kind == ARTICLE_DATELINE ? &a->meta.date
		                                           : NULL;

		if (dst != NULL && *dst == NULL)
			*dst = xstrndup((const char *)a->text + p->start,
			                p->len);
	}
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Segment and classify clean-enough bytes into a.  own is buf when buf
 * is ours to write over (cap bytes of room), else NULL: a->text is then
 * buf itself where it can be. */
static void
parse_text(struct article *a, const uint8_t *buf, size_t len, uint8_t *own,
           size_t cap)
{
	struct buf clean = { 0 };
	size_t base = 0;

	if (len >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF)
		base = 3;
	if (ustr_is_ascii(buf + base, len - base) &&
	    memchr(buf + base, '\r', len - base) == NULL) {
		/* Nothing to clean: segment the bytes as they are, in place
		 * when they are ours (not after a byte order mark: own is
		 * then not where they start). */
		segment(a, buf + base, len - base, own, cap);
	} else {
		clean_bytes(buf + base, len - base, base, &clean, &a->diags);
		if (!segment(a, clean.p, clean.n, clean.p, clean.cap))
			free(clean.p);
	}
	kind_classify(a);
	if (a->npara == 0)
		diag_add(&a->diags, DIAG_WARN, DIAG_NO_POS, 0,
		         len - base == 0 ? "empty file, nothing to compare"
		                         : "only white space, nothing to compare");
}

/* article_parse(), where own is buf when buf is ours to write over (cap
 * bytes of room), else NULL.  On success (*out)->text is own when own was
 * kept as the text (segment()); own is the caller's to free otherwise. */
static enum rc
parse_bytes(const char *path, const uint8_t *buf, size_t len, uint8_t *own,
            size_t cap, const struct article_opts *opts, struct article **out)
{
	size_t max = opts && opts->max_size ? opts->max_size : ARTICLE_MAX_SIZE;
	struct decode_result dec;
	struct page pg = { 0 };
	struct article *a;
	enum rc rc;
	bool html;

	*out = NULL;
	if (len > max)
		return RC_TOO_LARGE;
	if ((rc = decode_sniff_document(buf, len)) != RC_OK)
		return rc;
	decode_text(buf, len, opts ? opts->charset : NULL, &dec);
	if (dec.text != NULL) {
		buf = dec.text;
		len = dec.len;
	}
	if (memchr(buf, '\0', len) != NULL) {
		/* UTF-16 without a byte order mark (read as such, and said
		 * to be a guess), or binary. */
		rc = not_utf8(buf, len);
		decode_result_fini(&dec);
		if ((rc != RC_UTF16LE && rc != RC_UTF16BE) ||
		    !decode_guessed_as(buf, len, rc == RC_UTF16LE ? "UTF-16LE"
		                                                  : "UTF-16BE",
		                       &dec))
			return rc;
		buf = dec.text;
		len = dec.len;
		if (memchr(buf, '\0', len) != NULL) {
			decode_result_fini(&dec);
			return RC_BINARY;
		}
	}

	a = xcalloc(1, sizeof *a);
	a->path = xstrdup(path);
	a->label = xstrdup(strcmp(path, "-") == 0 ? "standard input" : path);
	a->title = ARTICLE_NONE;
	a->charset = xstrdup(dec.charset);
	a->meta.url = dup_or_null(opts ? opts->url : NULL);
	diag_list_init(&a->diags);
	if (dec.how == DECODE_GUESSED)
		diag_add(&a->diags, DIAG_NOTE, DIAG_NO_POS, 0,
		         "no encoding declared and not UTF-8: read as %s "
		         "(a guess)", dec.charset);
	if (dec.bad > 0)
		diag_add(&a->diags, DIAG_WARN, DIAG_NO_POS, 0,
		         "%zu bytes undefined in %s, shown as U+FFFD",
		         dec.bad, dec.charset);

	html = page_is_html(buf, len);
	if (html && page_is_too_deep(buf, len)) {
		diag_add(&a->diags, DIAG_WARN, DIAG_NO_POS, 0,
		         "a page nested more than %d elements deep: read as "
		         "text, its markup shown", PAGE_MAX_DEPTH);
		html = false;
	}
	if (html) {
		size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0;

		page_extract(buf + 3 * skip, len - 3 * skip, &pg);
		a->source = ARTICLE_FROM_HTML;
		parse_text(a, pg.text, pg.len, NULL, 0);
		if (pg.headline_first && a->npara > 0) {
			/* The page says which paragraph is its headline. */
			if (a->title != ARTICLE_NONE)
				a->para[a->title].kind = ARTICLE_BODY;
			a->para[0].kind = ARTICLE_HEADLINE;
			a->title = 0;
		}
		a->meta.title = pg.title;
		a->meta.outlet = pg.outlet;
		a->meta.byline = pg.byline;
		a->meta.date = pg.date;
		if (a->meta.url == NULL)
			a->meta.url = pg.url;
		else
			free(pg.url);
		free(pg.text);
	} else {
		parse_text(a, buf, len, dec.text == NULL ? own : NULL, cap);
	}
	text_meta(a);
	decode_result_fini(&dec);
	*out = a;
	return RC_OK;
}

enum rc
article_parse(const char *path, const uint8_t *buf, size_t len,
              const struct article_opts *opts, struct article **out)
{
	return parse_bytes(path, buf, len, NULL, 0, opts, out);
}

enum rc
article_parse_owned(const char *path, uint8_t *buf, size_t len, size_t cap,
                    const struct article_opts *opts, struct article **out)
{
	enum rc rc = parse_bytes(path, buf, len, buf, cap, opts, out);

	if (rc != RC_OK || (*out)->text != buf)
		free(buf);
	return rc;
}

enum rc
article_load_file(const char *path, const struct article_opts *opts,
                  struct article **out)
{
	size_t max = opts && opts->max_size ? opts->max_size : ARTICLE_MAX_SIZE;
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0;
	struct stat st;
	bool have_id;
	enum rc rc;
	int fd, saved;

	*out = NULL;
	if (strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return RC_IO;
	}
	rc = read_all(fd, max, &buf, &len, &cap);
	saved = errno;
	have_id = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	if (fd != STDIN_FILENO)
		close(fd);
	errno = saved;
	if (rc != RC_OK)
		return rc;
	/* The bytes read become the text where they can. */
	rc = article_parse_owned(path, buf, len, cap, opts, out);
	if (rc == RC_OK && have_id) {
		(*out)->has_file_id = true;
		(*out)->dev = (uint64_t)st.st_dev;
		(*out)->ino = (uint64_t)st.st_ino;
	}
	return rc;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	free(a->path);
	free(a->label);
	free(a->charset);
	free(a->meta.title);
	free(a->meta.outlet);
	free(a->meta.byline);
	free(a->meta.date);
	free(a->meta.url);
	free(a->meta.label);
	free(a->text);
	free(a->para);
	free(a->tok);
	free(a->join);
	free(a->quo);
	free(a->fig);
	diag_list_fini(&a->diags);
	free(a);
}

size_t
article_analyzed_size(const struct article *a)
{
	size_t i, n = 0;

	for (i = 0; i < a->npara; i++)
		n += a->para[i].verbatim ? 0 : a->para[i].len + 1;
	return n;
}

void
article_analyze(struct article *a, struct lexicon *lx)
{
	struct token_vec tv = { a->tok, a->ntok, a->ntok, a->join, a->njoin,
	                        a->njoin, NULL, 0, 0 };
	struct quote_vec qv = { a->quo, a->nquo, a->nquo };
	size_t i, bytes = article_analyzed_size(a);

	/* News text has a token every five or six bytes: size the vector
	 * once rather than grow it by doubling through the whole text. */
	MEM_GROW(tv.v, tv.cap, tv.n + bytes / 5 + 16);
	token_vec_expect(&tv, bytes);
	for (i = 0; i < a->npara; i++) {
		struct article_para *p = &a->para[i];
		const uint8_t *s = a->text + p->start;

		p->tok = tv.n;
		p->quo = qv.n;
		if (!p->verbatim) {
			token_scan(lx, s, p->len, &tv);
			quote_scan(s, p->len, i, &qv);
		}
		p->ntok = tv.n - p->tok;
		p->nquo = qv.n - p->quo;
	}
	token_vec_fini(&tv);
	a->tok = tv.v;
	a->ntok = tv.n;
	a->join = tv.join;
	a->njoin = tv.njoin;
	a->quo = qv.v;
	a->nquo = qv.n;
}

void
article_find_figures(struct article *a, const struct figure_words *fw,
                     const struct lexicon *lx)
{
	struct figure_vec fv = { a->fig, a->nfig, a->nfig };
	size_t i;

	for (i = 0; i < a->npara; i++) {
		a->para[i].fig = fv.n;
		if (article_kind_is_content(a->para[i].kind) &&
		    !a->para[i].verbatim)
			figure_scan(fw, lx, a, i, &fv);
		a->para[i].nfig = fv.n - a->para[i].fig;
	}
	a->fig = fv.v;
	a->nfig = fv.n;
}

bool
article_in_figure(const struct article *a, size_t p, uint32_t off)
{
	const struct article_para *pp = &a->para[p];
	size_t i;

	for (i = pp->fig; i < pp->fig + pp->nfig; i++) {
		const struct figure *f = &a->fig[i];

		/* Up to the number and the word right after it: "2210
		 * GMT", "USD 3.5bn", "Feb. 4"; not the noun further on,
		 * "two-thirds of French people". */
		if (off >= f->start && off < f->end &&
		    off <= f->nend + 1 &&
		    (f->kind == FIGURE_TIME || f->kind == FIGURE_MONEY ||
		     f->kind == FIGURE_MEASURE || f->kind == FIGURE_DATE ||
		     f->kind == FIGURE_YEAR || f->kind == FIGURE_SCORE))
			return true;
	}
	return false;
}

void
article_remap(struct article *a, const uint32_t *map)
{
	size_t i;

	for (i = 0; i < a->ntok; i++) {
		struct token *t = &a->tok[i];

		if (t->kind == TOKEN_PUNCT)
			continue;	/* its word is a code point */
		t->word = map[t->word];
		t->stem = map[t->stem];
	}
	for (i = 0; i < a->njoin; i++)
		a->join[i].key = map[a->join[i].key];
}

const uint8_t *
article_para_text(const struct article *a, size_t i, size_t *len)
{
	*len = a->para[i].len;
	return a->text + a->para[i].start;
}

const uint8_t *
article_title(const struct article *a, size_t *len)
{
	size_t i;
	const char *base;

	if (a->title != ARTICLE_NONE)
		return article_para_text(a, a->title, len);
	for (i = 0; i < a->npara; i++)
		if (a->para[i].kind == ARTICLE_BODY ||
		    a->para[i].kind == ARTICLE_QUOTE)
			return article_para_text(a, i, len);
	base = strrchr(a->label, '/');
	base = base ? base + 1 : a->label;
	*len = strlen(base);
	return (const uint8_t *)base;
}

const uint8_t *
article_heading(const struct article *a, size_t *len)
{
	if (a->meta.label != NULL) {
		*len = strlen(a->meta.label);
		return (const uint8_t *)a->meta.label;
	}
	return article_title(a, len);
}

char *
article_source_line(const struct article *a)
{
	const char *part[3] = { a->meta.outlet, a->meta.byline, a->meta.date };
	size_t i, n = 0, k = 0;
	char *s;

	for (i = 0; i < 3; i++)
		if (part[i] != NULL)
			n += strlen(part[i]) + 4;
	if (n == 0)
		return NULL;
	s = xmalloc(n + 1);
	for (i = 0; i < 3; i++) {
		if (part[i] == NULL)
			continue;
		if (k > 0) {
			memcpy(s + k, " \xC2\xB7 ", 4);	/* " · " */
			k += 4;
		}
		memcpy(s + k, part[i], strlen(part[i]));
		k += strlen(part[i]);
	}
	s[k] = '\0';
	return s;
}

/* How far from the cut a '/' may be to cut there instead. */
#define PATH_CUT_SLACK 16

char *
article_path_tail(const char *path, size_t max_bytes)
{
	static const char ell[] = "\xE2\x80\xA6";	/* "…" */
	size_t n = strlen(path), from, k;
	char *s;

	if (n <= max_bytes || max_bytes <= 3)
		return xstrdup(path);
	from = n - (max_bytes - 3);
	/* Whole characters only. */
	while (from < n && ((uint8_t)path[from] & 0xC0) == 0x80)
		from++;
	for (k = from; k < n && k < from + PATH_CUT_SLACK; k++)
		if (path[k] == '/') {
			from = k;
			break;
		}
	s = xmalloc(3 + (n - from) + 1);
	memcpy(s, ell, 3);
	memcpy(s + 3, path + from, n - from + 1);
	return s;
}

static const char *const kind_names[] = {
#define ARTICLE_KIND_NAME(name, str) str,
	ARTICLE_KIND_LIST(ARTICLE_KIND_NAME)
#undef ARTICLE_KIND_NAME
};

const char *
article_kind_str(enum article_kind kind)
{
	if ((unsigned)kind >= ARTICLE_KIND_COUNT)
		return "?";
	return kind_names[kind];
}

bool
article_kind_is_content(enum article_kind kind)
{
	return kind == ARTICLE_BODY || kind == ARTICLE_QUOTE ||
	       kind == ARTICLE_HEADLINE || kind == ARTICLE_STANDFIRST;
}

bool
article_kind_is_boilerplate(enum article_kind kind)
{
	return kind == ARTICLE_BOILERPLATE || kind == ARTICLE_DUPLICATE;
}
