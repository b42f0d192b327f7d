/* test-layout.c - wrapping by display columns, rows of a pane, what is
 * at a row and column. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact.h"
#include "layout.h"
#include "mark.h"
#include "mem.h"
#include "testutil.h"
#include "ustr.h"

static struct layout_line_vec lines;

static void
wrap(const char *s, unsigned width)
{
	lines.n = 0;
	layout_wrap((const uint8_t *)s, strlen(s), width, &lines);
}

/* Line i of the last wrap, as a string. */
static char *
line(const char *s, size_t i)
{
	static char buf[256];
	size_t n = lines.v[i].end - lines.v[i].start;

	ck_assert_uint_lt(i, lines.n);
	ck_assert_uint_lt(n, sizeof buf);
	memcpy(buf, s + lines.v[i].start, n);
	buf[n] = '\0';
	return buf;
}

/* Every line within width, its width as measured, no line starting with
 * a zero-width character or a space. */
static void
check_lines(const char *s, unsigned width)
{
	size_t i;

	for (i = 0; i < lines.n; i++) {
		const struct layout_line *ln = &lines.v[i];
		size_t w = ustr_width((const uint8_t *)s + ln->start,
		                      ln->end - ln->start);
		uint32_t cp;

		ck_assert_uint_eq(w, ln->width);
		ck_assert_msg(w <= width || ln->end - ln->start <= 4,
		              "line %zu: %zu columns > %u", i, w, width);
		if (ln->end > ln->start) {
			ustr_decode((const uint8_t *)s + ln->start,
			            ln->end - ln->start, &cp);
			ck_assert_msg(ustr_cp_width(cp) > 0,
			              "line %zu starts with zero width", i);
		}
		if (i > 0)
			ck_assert_uint_ge(ln->start, lines.v[i - 1].end);
	}
}

static void
wrap_teardown(void)
{
	layout_line_vec_fini(&lines);
}

START_TEST(layout_wrap_breaks_at_spaces_and_drops_them)
{
	const char *s = "the quick brown fox jumps";

	wrap(s, 10);
	check_lines(s, 10);
	ck_assert_uint_eq(lines.n, 3);
	ck_assert_str_eq(line(s, 0), "the quick");
	ck_assert_str_eq(line(s, 1), "brown fox");
	ck_assert_str_eq(line(s, 2), "jumps");
}
END_TEST

START_TEST(layout_wrap_exact_fit_stays_on_one_line)
{
	const char *s = "abcde fghij";

	wrap(s, 11);
	ck_assert_uint_eq(lines.n, 1);
	wrap(s, 10);
	ck_assert_uint_eq(lines.n, 2);
	ck_assert_str_eq(line(s, 0), "abcde");
}
END_TEST

START_TEST(layout_wrap_cuts_a_word_longer_than_the_line)
{
	const char *s = "abcdefghij";

	wrap(s, 4);
	check_lines(s, 4);
	ck_assert_uint_eq(lines.n, 3);
	ck_assert_str_eq(line(s, 0), "abcd");
	ck_assert_str_eq(line(s, 2), "ij");
}
END_TEST

START_TEST(layout_wrap_cjk_is_two_columns_and_breaks_between)
{
	const char *s = "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87"
	                "\xe4\xb8\xad\xe6\x96\x87";	/* 中文中文中文 */

	wrap(s, 5);
	check_lines(s, 5);
	ck_assert_uint_eq(lines.n, 3);
	ck_assert_uint_eq(lines.v[0].width, 4);
}
END_TEST

START_TEST(layout_wrap_never_separates_a_combining_mark)
{
	/* "é" in NFD six times, then a word: never a mark at a line start. */
	const char *s = "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81"
	                "e\xcc\x81" "e\xcc\x81 caf\xc3\xa9";

	wrap(s, 4);
	check_lines(s, 4);
	ck_assert_uint_eq(lines.v[0].width, 4);
	ck_assert_uint_eq(lines.v[0].end - lines.v[0].start, 12);
}
END_TEST

START_TEST(layout_wrap_emoji_wider_than_line_gets_its_own)
{
	const char *s = "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80";

	wrap(s, 3);
	ck_assert_uint_eq(lines.n, 3);
	ck_assert_uint_eq(lines.v[0].width, 2);
	wrap(s, 1);	/* one wider than the line: shown anyway */
	ck_assert_uint_eq(lines.n, 3);
}
END_TEST

START_TEST(layout_wrap_keeps_abbreviations_whole)
{
	const char *s = "sending U.S. troops";
	size_t i;

	wrap(s, 10);
	for (i = 0; i < lines.n; i++)
		ck_assert_msg(strcmp(line(s, i), "U.") != 0 &&
		              strcmp(line(s, i), "sending U.") != 0,
		              "split U.S. at line %zu", i);
}
END_TEST

START_TEST(layout_wrap_counts_controls_as_their_pictures)
{
	const char *s = "a\x1b[31mb";

	wrap(s, 80);
	ck_assert_uint_eq(lines.v[0].width, 7);
}
END_TEST

START_TEST(layout_wrap_empty_text_is_one_empty_line)
{
	wrap("", 10);
	ck_assert_uint_eq(lines.n, 1);
	ck_assert_uint_eq(lines.v[0].start, lines.v[0].end);
}
END_TEST

START_TEST(layout_wrap_loses_no_word)
{
	const char *s = "Around 400 civilians have been killed in Aleppo in the "
	                "last eight days, 100 of them children, Kerry said "
	                "Thursday.";
	char joined[512] = "";
	unsigned w;
	size_t i;

	for (w = 1; w < 60; w++) {
		wrap(s, w);
		check_lines(s, w);
		joined[0] = '\0';
		for (i = 0; i < lines.n; i++) {
			if (i > 0 && lines.v[i].start > lines.v[i - 1].end)
				strcat(joined, " ");
			strcat(joined, line(s, i));
		}
		ck_assert_str_eq(joined, s);
	}
}
END_TEST

/* The lines of s[0..n) at width as wrapping made them when it asked for
 * the line breaks of the whole text at once: where wrapping now asks for
 * them window by window, the lines must be these. */
static void
whole_line(struct layout_line_vec *out, const uint8_t *s, size_t start,
           size_t end)
{
	while (end > start && s[end - 1] == ' ')
		end--;
	MEM_GROW(out->v, out->cap, out->n + 1);
	out->v[out->n].start = (uint32_t)start;
	out->v[out->n++].end = (uint32_t)end;
}

static void
wrap_whole(const uint8_t *s, size_t n, unsigned width,
           struct layout_line_vec *out)
{
	char *brk = malloc(n + 1);
	size_t start = 0, i = 0, last = 0, col = 0;

	ck_assert_ptr_nonnull(brk);
	ustr_linebreaks(s, n, brk);
	out->n = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = ustr_decode(s + i, n - i, &cp);
		size_t w = (size_t)ustr_cp_width(cp);

		if (i > start && brk[i])
			last = i;
		if (cp != ' ' && w > 0 && i > start && col + w > width) {
			size_t cut = last > start ? last : i;

			whole_line(out, s, start, cut);
			start = i = last = cut;
			col = 0;
			continue;
		}
		col += w;
		i += len;
	}
	whole_line(out, s, start, n);
	free(brk);
}

/* Pieces that the line-breaking rules treat apart: brackets and quotes
 * before and after spaces, numbers with signs and separators, hyphens
 * and dashes, abbreviations, controls, combining marks, wide and
 * non-breaking characters. */
static const char *const wrap_pieces[] = {
	"the", "Kerry", "a", "(", ")", "[", "]", "{", "}", " ", " ", " ", "  ",
	"\"", "'", "-", "--", "$", "1,000.50", "%", "+", "/", ".", ",", ":",
	";", "!", "?", "e.g.", "U.S.", "\t", "\x01", "\x7f", "\xe2\x80\x9c",
	"\xe2\x80\x9d", "\xe2\x80\x94", "\xc2\xa0", "\xc2\xbf", "\xc2\xab",
	"\xc2\xbb", "e\xcc\x81", "\xcc\x81", "\xe6\x97\xa5\xe6\x9c\xac",
	"\xf0\x9f\x98\x80", "\xe2\x80\x8b", "\xef\xbc\x88", "well-known",
	"1-2", "#", "&", "*", "_", "|", "~", "^", "@", "=", "<", ">",
};

START_TEST(layout_wrap_by_windows_is_wrap_of_the_whole)
{
	struct layout_line_vec want = { 0 };
	char s[600];
	unsigned seed = 12345, width, k;
	size_t n, i, npieces = sizeof wrap_pieces / sizeof *wrap_pieces;

	for (k = 0; k < 3000; k++) {
		n = 0;
		s[0] = '\0';
		while (n < 400) {
			const char *p;

			seed = seed * 1103515245u + 12345u;
			/* Words and spaces most of the time, as text is. */
			p = (seed >> 16) % 3 ? ((seed >> 20) % 2 ? " " : "word")
			                     : wrap_pieces[(seed >> 8) % npieces];
			strcat(s + n, p);
			n += strlen(p);
		}
		width = 1 + k % 90;
		wrap(s, width);
		wrap_whole((const uint8_t *)s, n, width, &want);
		ck_assert_uint_eq(lines.n, want.n);
		for (i = 0; i < want.n; i++) {
			ck_assert_msg(lines.v[i].start == want.v[i].start &&
			              lines.v[i].end == want.v[i].end,
			              "width %u, line %zu: %s", width, i, s);
		}
	}
	layout_line_vec_fini(&want);
}
END_TEST

/* ---- rows of a pane ------------------------------------------------ */

static struct t_cmp cmp;
static struct layout lay;

static void
bundled_setup(void)
{
	t_compare(&cmp, t_asset("upi-kerry-audio-2016-09-30.txt"),
	          t_asset("nbc-kerry-audio-2016-09-30.txt"));
	layout_init(&lay, &cmp, SIDE_LEFT, 40);
}

static void
bundled_teardown(void)
{
	layout_fini(&lay);
	t_compare_free(&cmp);
	layout_line_vec_fini(&lines);
}

static long
rows_total(void)
{
	size_t p;
	long n = 0;

	for (p = 0; p < cmp.left->npara; p++)
		n += (long)layout_height(&lay, p);
	return n;
}

START_TEST(layout_boilerplate_takes_no_rows_until_shown)
{
	size_t ad = t_para(cmp.left, "Advertisement");

	ck_assert(!layout_is_shown(&lay, ad));
	ck_assert_uint_eq(layout_height(&lay, ad), 0);
	layout_set_hidden(&lay, true);
	ck_assert_uint_eq(layout_height(&lay, ad), 2);	/* a line, a blank */
}
END_TEST

START_TEST(layout_move_down_and_up_comes_back)
{
	struct layout_pos pos = layout_start(&lay), back;
	long k;

	for (k = 1; k < 60; k += 7) {
		back = pos;
		ck_assert_int_eq(layout_move(&lay, &pos, k), k);
		ck_assert_int_eq(layout_move(&lay, &pos, -k), -k);
		ck_assert_uint_eq(pos.para, back.para);
		ck_assert_uint_eq(pos.row, back.row);
		layout_move(&lay, &pos, 3);
	}
}
END_TEST

START_TEST(layout_move_stops_at_both_ends)
{
	struct layout_pos pos = layout_start(&lay), end = layout_end(&lay);
	long total = rows_total();

	ck_assert_int_eq(layout_move(&lay, &pos, -5), 0);
	/* The last line is the last row reachable: the blank after it is
	 * not. */
	ck_assert_int_eq(layout_move(&lay, &pos, 100000), total - 2);
	ck_assert_uint_eq(pos.para, end.para);
	ck_assert_uint_eq(pos.row, end.row);
	ck_assert_int_eq(layout_move(&lay, &pos, 1), 0);
	ck_assert_int_eq(layout_move(&lay, &pos, -100000), -(total - 2));
}
END_TEST

START_TEST(layout_screen_lists_rows_in_order)
{
	struct layout_pos rows[300];
	size_t i, n = sizeof rows / sizeof *rows;
	long total = rows_total();

	layout_screen(&lay, layout_start(&lay), n, rows);
	for (i = 1; i < (size_t)total; i++) {
		if (rows[i].para == rows[i - 1].para)
			ck_assert_uint_eq(rows[i].row, rows[i - 1].row + 1);
		else
			ck_assert(rows[i].para > rows[i - 1].para &&
			          rows[i].row == 0);
	}
	ck_assert_uint_eq(rows[total].para, LAYOUT_PAST_END);
}
END_TEST

START_TEST(layout_above_puts_a_paragraph_at_a_row)
{
	size_t p = t_para(cmp.left, "The World Health Organization");
	struct layout_pos top = layout_above(&lay, p, 5), rows[10];

	layout_screen(&lay, top, 10, rows);
	ck_assert_uint_eq(rows[5].para, p);
	ck_assert_uint_eq(rows[5].row, 0);
}
END_TEST

START_TEST(layout_knows_the_fact_under_a_column)
{
	size_t p = t_para(cmp.left, "The World Health Organization");
	size_t n, len, i, off, fact;
	const struct layout_line *ln = layout_lines(&lay, p, &n);
	const uint8_t *s = article_para_text(cmp.left, p, &len);
	const char *hit = strstr((const char *)s, "nearly 350");

	ck_assert_ptr_nonnull(hit);
	off = (size_t)(hit - (const char *)s);
	for (i = 0; i + 1 < n && off >= ln[i].end; i++)
		;
	/* The column of "nearly" on its line, then back to the byte. */
	ck_assert_uint_eq(layout_byte_at(&lay, p, i,
	                                 (unsigned)(off - ln[i].start)), off);
	fact = layout_fact_at(&lay, p, off + 3);
	ck_assert_uint_ne(fact, LAYOUT_NO_FACT);
	ck_assert_int_eq(cmp.facts->fact[fact].type, FACT_FIGURE);
	ck_assert_int_eq(cmp.facts->fact[fact].status, FACT_DIFFER);
	ck_assert_uint_eq(layout_fact_at(&lay, p, 0), LAYOUT_NO_FACT);
}
END_TEST

START_TEST(layout_width_change_rewraps)
{
	size_t p = t_para(cmp.left, "The World Health Organization"), n40, n20;

	layout_lines(&lay, p, &n40);
	layout_set_width(&lay, 20);
	layout_lines(&lay, p, &n20);
	ck_assert_uint_gt(n20, n40);
}
END_TEST

/* ---- marks of a long paragraph ------------------------------------- */

/* One paragraph of many sentences with names, figures, quotations and
 * shared phrases; the right side gives some figures and quoted words
 * differently, so that marks overlap (a quotation's differing words
 * inside it, a figure inside a quotation). */
static char *
long_paragraph(bool right)
{
	static const char *const who[] = { "Kerry", "Lavrov", "Assad",
		"Mistura", "Obama" };
	static const char *const town[] = { "Geneva", "Aleppo", "Moscow",
		"Damascus" };
	size_t cap = 1 << 20, n = 0, i;
	char *s = malloc(cap);

	ck_assert_ptr_nonnull(s);
	for (i = 0; i < 300; i++)
		n += (size_t)snprintf(s + n, cap - n,
		        "%s met officials in %s on Monday, where %zu people "
		        "were killed and %zu wounded. \"We will not accept "
		        "%s the attacks on %s,\" %s said, adding that the "
		        "talks would resume. ",
		        who[i % 5], town[i % 4], 10 + i,
		        right && i % 3 == 0 ? 40 + i : 20 + i,
		        right && i % 2 == 0 ? "any of" : "all of",
		        town[(i + 1) % 4], who[(i + 2) % 5]);
	s[n - 1] = '\n';
	return s;
}

/* What the marks must say at each byte of a paragraph of len bytes, into
 * role[] and fact[]: of the spans of the paragraph's facts (each fact's
 * own span, then its differing words) that cover the byte, the one of the
 * highest role, the first on a tie; MARK_NONE where none does. */
static void
expected_marks(const struct t_cmp *c, enum side side, size_t para,
               size_t len, uint8_t *role, size_t *fact)
{
	size_t g = side == SIDE_LEFT ? c->al->left_group[para]
	                             : c->al->right_group[para], i, k;
	const struct facts *fs = c->facts;

	memset(role, MARK_NONE, len);
	memset(fact, 0, len * sizeof *fact);
	for (i = fs->group[g].first; i < fs->group[g].first + fs->group[g].n;
	     i++) {
		const struct fact *f = &fs->fact[i];

		for (k = 0; k <= f->ndiff; k++) {
			const struct fact_span *sp;
			uint8_t r;
			uint32_t b;

			if (k == 0) {
				sp = side == SIDE_LEFT ? &f->left : &f->right;
				r = (uint8_t)mark_fact_role(f);
			} else {
				const struct fact_diff *d =
					&fs->diff[f->diff + k - 1];

				sp = side == SIDE_LEFT ? &d->left : &d->right;
				r = MARK_QUOTE_WORDS;
			}
			if (sp->para != para)
				continue;
			for (b = sp->start; b < sp->end && b < len; b++)
				if (r > role[b]) {
					role[b] = r;
					fact[b] = i;
				}
		}
	}
}

/* mark_para() of one paragraph against expected_marks() at every byte: in
 * order, apart, a mark that goes on is one mark; counts the marks of each
 * role into roles. */
static void
assert_marks_are_strongest(const struct t_cmp *c, enum side side,
                           size_t para, size_t *roles)
{
	const struct article *a = side == SIDE_LEFT ? c->left : c->right;
	struct mark_vec mv = { 0 };
	size_t len, m = 0, i, *fact;
	uint8_t *role;
	uint32_t off;

	article_para_text(a, para, &len);
	role = malloc(len + 1);
	fact = malloc((len + 1) * sizeof *fact);
	ck_assert(role != NULL && fact != NULL);
	expected_marks(c, side, para, len, role, fact);
	mark_para(c, side, para, MARK_ALL_FACTS, &mv);
	for (i = 0; i < mv.n; i++) {
		ck_assert_uint_lt(mv.v[i].start, mv.v[i].end);
		if (i > 0) {
			ck_assert_uint_le(mv.v[i - 1].end, mv.v[i].start);
			ck_assert(mv.v[i - 1].end < mv.v[i].start ||
			          mv.v[i - 1].role != mv.v[i].role ||
			          mv.v[i - 1].fact != mv.v[i].fact);
		}
		roles[mv.v[i].role]++;
	}
	for (off = 0; off < len; off++) {
		while (m < mv.n && mv.v[m].end <= off)
			m++;
		if (m < mv.n && mv.v[m].start <= off)
			ck_assert_msg(mv.v[m].role == role[off] &&
			              mv.v[m].fact == fact[off],
			              "side %d byte %u: role %u fact %zu, want "
			              "role %u fact %zu", (int)side, off,
			              mv.v[m].role, mv.v[m].fact, role[off],
			              fact[off]);
		else
			ck_assert_msg(role[off] == MARK_NONE, "side %d byte %u "
			              "unmarked, want role %u", (int)side, off,
			              role[off]);
	}
	mark_vec_fini(&mv);
	free(role);
	free(fact);
}

START_TEST(layout_marks_of_a_long_paragraph_are_the_strongest_span)
{
	struct t_cmp c;
	char *l = long_paragraph(false), *r = long_paragraph(true);
	size_t roles[MARK_ROLE_COUNT] = { 0 }, total = 0, i;

	t_compare(&c, t_article(l), t_article(r));
	ck_assert_uint_eq(c.left->npara, 1);
	ck_assert_uint_eq(c.right->npara, 1);
	ck_assert(t_paired(&c, 0, 0));
	assert_marks_are_strongest(&c, SIDE_LEFT, 0, roles);
	assert_marks_are_strongest(&c, SIDE_RIGHT, 0, roles);
	/* Names, figures alike and differing, quotations all met. */
	for (i = 0; i < MARK_ROLE_COUNT; i++)
		total += roles[i];
	ck_assert_uint_gt(total, 600);
	ck_assert_uint_gt(roles[MARK_NAME], 0);
	ck_assert_uint_gt(roles[MARK_FIGURE], 0);
	ck_assert_uint_gt(roles[MARK_FIGURE_DIFFER], 0);
	ck_assert_uint_gt(roles[MARK_QUOTE_VARY] + roles[MARK_QUOTE], 0);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* Thousands of spans laid at random over a long paragraph, many of one
 * role overlapping: where they overlap, the first fact wins a tie. */
START_TEST(layout_marks_of_overlapping_spans_of_one_role_go_to_the_first)
{
	struct t_cmp c;
	char *l = long_paragraph(false), *r = long_paragraph(true);
	struct facts *saved;
	struct facts fs = { 0 };
	struct fact_range *range;
	size_t roles[MARK_ROLE_COUNT] = { 0 }, len, g, i, n = 3000;
	uint32_t seed = 12345;

	t_compare(&c, t_article(l), t_article(r));
	ck_assert(t_paired(&c, 0, 0));
	article_para_text(c.left, 0, &len);
	g = c.al->left_group[0];
	range = calloc(c.facts->ngroup, sizeof *range);
	fs.fact = calloc(n, sizeof *fs.fact);
	fs.diff = calloc(n, sizeof *fs.diff);
	ck_assert(range != NULL && fs.fact != NULL && fs.diff != NULL);
	fs.al = c.al;
	fs.group = range;
	fs.ngroup = c.facts->ngroup;
	range[g].first = 0;
	range[g].n = n;
	for (i = 0; i < n; i++) {
		struct fact *f = &fs.fact[i];
		uint32_t at, width;

		seed = seed * 1103515245u + 12345u;
		at = (seed >> 8) % (uint32_t)len;
		width = 1 + (seed >> 4) % 60;
		f->type = i % 7 == 0 ? FACT_FIGURE : i % 3 == 0 ? FACT_NAME
		                                                : FACT_PHRASE;
		f->status = i % 14 == 0 ? FACT_DIFFER : FACT_MATCH;
		f->left.para = 0;
		f->left.start = at;
		f->left.end = at + width < len ? at + width : (uint32_t)len;
		f->right = f->left;
		if (i % 11 == 0) {	/* a quotation with one differing word */
			f->type = FACT_QUOTE;
			f->status = FACT_VARY;
			f->diff = fs.ndiff;
			f->ndiff = 1;
			fs.diff[fs.ndiff].left.para = 0;
			fs.diff[fs.ndiff].left.start = f->left.start;
			fs.diff[fs.ndiff].left.end = f->left.start + 1;
			fs.diff[fs.ndiff].right = fs.diff[fs.ndiff].left;
			fs.ndiff++;
		}
	}
	fs.nfact = n;
	saved = c.facts;
	c.facts = &fs;
	assert_marks_are_strongest(&c, SIDE_LEFT, 0, roles);
	ck_assert_uint_gt(roles[MARK_PHRASE], 100);
	ck_assert_uint_gt(roles[MARK_NAME], 100);
	ck_assert_uint_gt(roles[MARK_QUOTE_WORDS], 10);
	c.facts = saved;
	free(fs.fact);
	free(fs.diff);
	free(range);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* A figure paired with one of another passage is marked on both sides:
 * its group holds it, and the other side's paragraph marks itself. */
START_TEST(layout_a_figure_across_passages_is_marked_on_both_sides)
{
	struct t_cmp c;
	const struct fact *f = NULL;
	size_t i, k, s;

	t_compare(&c, t_fixture("pairs/14-meralia-election.left.txt"),
	          t_fixture("pairs/14-meralia-election.right.txt"));
	for (i = 0; i < c.facts->nfact && f == NULL; i++)
		if (c.facts->fact[i].type == FACT_FIGURE &&
		    c.facts->fact[i].cross &&
		    c.facts->fact[i].status == FACT_DIFFER)
			f = &c.facts->fact[i];
	ck_assert_ptr_nonnull(f);
	for (s = 0; s < 2; s++) {
		const struct fact_span *sp = s == SIDE_LEFT ? &f->left
		                                            : &f->right;
		struct mark_vec mv = { 0 };
		bool marked = false;

		mark_para(&c, (enum side)s, sp->para, MARK_ALL_FACTS, &mv);
		for (k = 0; k < mv.n; k++)
			marked |= mv.v[k].role == MARK_FIGURE_DIFFER &&
			          mv.v[k].start <= sp->start &&
			          mv.v[k].end >= sp->end;
		ck_assert_msg(marked, "side %zu: the figure is not marked", s);
		mark_vec_fini(&mv);
	}
	t_compare_free(&c);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("layout");
	TCase *tc = tcase_create("wrapping");

	tcase_add_checked_fixture(tc, NULL, wrap_teardown);
	tcase_add_test(tc, layout_wrap_breaks_at_spaces_and_drops_them);
	tcase_add_test(tc, layout_wrap_exact_fit_stays_on_one_line);
	tcase_add_test(tc, layout_wrap_cuts_a_word_longer_than_the_line);
	tcase_add_test(tc, layout_wrap_cjk_is_two_columns_and_breaks_between);
	tcase_add_test(tc, layout_wrap_never_separates_a_combining_mark);
	tcase_add_test(tc, layout_wrap_emoji_wider_than_line_gets_its_own);
	tcase_add_test(tc, layout_wrap_keeps_abbreviations_whole);
	tcase_add_test(tc, layout_wrap_counts_controls_as_their_pictures);
	tcase_add_test(tc, layout_wrap_empty_text_is_one_empty_line);
	tcase_add_test(tc, layout_wrap_loses_no_word);
	tcase_add_test(tc, layout_wrap_by_windows_is_wrap_of_the_whole);
	suite_add_tcase(s, tc);

	tc = tcase_create("rows of a pane");
	tcase_add_checked_fixture(tc, bundled_setup, bundled_teardown);
	tcase_add_test(tc, layout_boilerplate_takes_no_rows_until_shown);
	tcase_add_test(tc, layout_move_down_and_up_comes_back);
	tcase_add_test(tc, layout_move_stops_at_both_ends);
	tcase_add_test(tc, layout_screen_lists_rows_in_order);
	tcase_add_test(tc, layout_above_puts_a_paragraph_at_a_row);
	tcase_add_test(tc, layout_knows_the_fact_under_a_column);
	tcase_add_test(tc, layout_width_change_rewraps);
	tcase_add_test(tc, layout_marks_of_a_long_paragraph_are_the_strongest_span);
	tcase_add_test(tc,
	    layout_a_figure_across_passages_is_marked_on_both_sides);
	tcase_add_test(tc,
	               layout_marks_of_overlapping_spans_of_one_role_go_to_the_first);
	suite_add_tcase(s, tc);
	return s;
}
