/* pane.c - painting a pane: every character through ustr_visible(), so
 * no byte of a report ever drives the terminal. */
#include "pane.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "mem.h"
#include "theme.h"
#include "ustr.h"

/* Characters put with one call: a run of one look. */
#define RUN_MAX 256

/* What shows a zero-width character that has nothing to sit on (a lone
 * combining mark at the start of a line): the dotted circle. */
#define LONE_BASE 0x25CC

struct run {
	WINDOW *w;
	wchar_t buf[RUN_MAX + 1];
	int n;
	attr_t attr;
	bool utf8;
};

static void
run_flush(struct run *r)
{
	if (r->n == 0)
		return;
	r->buf[r->n] = 0;
	wattrset(r->w, r->attr);
	waddnwstr(r->w, r->buf, r->n);
	r->n = 0;
}

static void
run_put(struct run *r, uint32_t cp, attr_t attr)
{
	if (attr != r->attr || r->n >= RUN_MAX - 1) {
		run_flush(r);
		r->attr = attr;
	}
	r->buf[r->n++] = (wchar_t)cp;
}

/* Put one character as shown; returns its columns, or -1 when it would
 * pass cols. */
static int
put_char(struct run *r, uint32_t cp, attr_t attr, int col, int cols)
{
	uint32_t vis = ustr_visible(cp);
	int w = ustr_cp_width(cp), k;

	if (col + (w > 0 ? w : col == 0) > cols)
		return -1;
	if (!r->utf8 && vis >= 0x80) {
		for (k = 0; k < w; k++)
			run_put(r, '?', attr);
		return w;
	}
	if (w == 0 && col == 0) {
		run_put(r, LONE_BASE, attr);
		run_put(r, vis, attr);
		return 1;
	}
	run_put(r, vis, attr);
	return w;
}

int
pane_text(WINDOW *w, const char *text, size_t len, attr_t attr, int cols,
          bool utf8)
{
	struct run r = { .w = w, .attr = attr, .utf8 = utf8 };
	const uint8_t *s = (const uint8_t *)text;
	size_t i = 0;
	int col = 0;

	while (i < len) {
		uint32_t cp;
		size_t k = ustr_decode(s + i, len - i, &cp);
		int used = put_char(&r, cp, attr, col, cols);

		if (used < 0)
			break;
		col += used;
		i += k;
	}
	run_flush(&r);
	return col;
}

static int
digits(size_t n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

int
pane_gutter(const struct article *own, const struct article *other)
{
	/* bar, the number, the arrow, "R", the partner's number, a space */
	return 1 + digits(own->npara) + 1 + 1 + digits(other->npara) + 1;
}

/* The name of a report for its header: the file's own name, without the
 * folders (or the label, "standard input"). */
static const char *
file_name(const struct article *a)
{
	const char *slash = strrchr(a->label, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : a->label;
}

/* Put name in cols columns; when too long, its end shows after "…". */
static int
put_name(WINDOW *w, const char *name, attr_t attr, int cols, bool utf8)
{
	size_t len = strlen(name), from = 0;
	int used = 0;

	if ((int)ustr_width((const uint8_t *)name, len) <= cols)
		return pane_text(w, name, len, attr, cols, utf8);
	if (cols < 2)
		return 0;
	used = pane_text(w, utf8 ? "\xe2\x80\xa6" : "<", utf8 ? 3 : 1, attr,
	                 cols, utf8);
	while (from < len && (int)ustr_width((const uint8_t *)name + from,
	                                     len - from) > cols - used)
		from++;
	while (from < len && ((uint8_t)name[from] & 0xC0) == 0x80)
		from++;
	return used + pane_text(w, name + from, len - from, attr, cols - used,
	                        utf8);
}

static void
paint_head(WINDOW *w, struct view *v, enum side side, bool utf8, int cols)
{
	const struct article *a = v->pane[side].a;
	size_t len;
	const uint8_t *t = article_heading(a, &len);
	char *src = article_source_line(a), *both = NULL;
	char info[64];
	const char *name;
	int info_w, name_w, used;

	wmove(w, 0, 0);
	pane_text(w, (const char *)t, len, theme_attr(THEME_TITLE), cols, utf8);
	/* The source the report gives (outlet, byline, date) and the file's
	 * name, whole if they fit (the name cut from the left if not), then
	 * what still fits of the count of paragraphs and who leads. */
	name = file_name(a);
	if (src != NULL) {
		size_t k = strlen(src) + strlen(name) + 8;

		both = xmalloc(k);
		snprintf(both, k, "%s%s%s", src, utf8 ? " \xc2\xb7 " : ", ",
		         name);
		name = both;
	}
	name_w = (int)ustr_width((const uint8_t *)name, strlen(name));
	snprintf(info, sizeof info, "%s%zu paragraphs%s", utf8 ? " \xc2\xb7 "
	         : ", ", a->npara, v->lead == side ? utf8 ? " \xc2\xb7 leads"
	                                                 : ", leads" : "");
	info_w = (int)ustr_width((const uint8_t *)info, strlen(info));
	if (name_w + info_w > cols) {
		snprintf(info, sizeof info, "%s", v->lead != side ? ""
		         : utf8 ? " \xc2\xb7 leads" : ", leads");
		info_w = (int)ustr_width((const uint8_t *)info, strlen(info));
		if (name_w + info_w > cols)
			info_w = 0;
	}
	wmove(w, 1, 0);
	if (src != NULL && name_w > cols - info_w)
		/* Too narrow for both: the source, cut at its end. */
		used = pane_text(w, src, strlen(src), theme_attr(THEME_SOURCE),
		                 cols - info_w, utf8);
	else
		used = put_name(w, name, theme_attr(THEME_SOURCE),
		                cols - info_w, utf8);
	if (info_w > 0)
		pane_text(w, info, strlen(info), theme_attr(THEME_SOURCE),
		          cols - used, utf8);
	free(both);
	free(src);
}

/* The look of a paragraph's plain text. */
static attr_t
para_attr(const struct view *v, enum side side, size_t para)
{
	const struct article_para *p = &v->pane[side].a->para[para];

	if (article_kind_is_boilerplate(p->kind))
		return theme_attr(MARK_BOILERPLATE);
	if (compare_group_of(v->c, side, para) == ALIGN_NONE)
		return theme_attr(MARK_UNPAIRED);
	if (p->kind == ARTICLE_HEADLINE)
		return theme_attr(THEME_HEADLINE);
	return 0;
}

/* The margin of a row: a bar by the passage in focus, and on a
 * paragraph's first row its number and its partner's, "3→R12" (a
 * paragraph with no partner only its own). */
static void
paint_gutter(WINDOW *w, struct view *v, enum side side,
             struct layout_pos pos, int gutter, bool utf8)
{
	size_t g = compare_group_of(v->c, side, pos.para);
	char num[64];
	int len, width;

	if (g != ALIGN_NONE && g == v->cur) {
		wattrset(w, theme_attr(THEME_CURRENT));
		if (utf8)
			waddnwstr(w, L"\u258e", 1);	/* ▎ */
		else
			waddch(w, '|');
	}
	if (pos.row != 0)
		return;
	if (g == ALIGN_NONE)
		len = snprintf(num, sizeof num, "%zu", pos.para + 1);
	else
		len = snprintf(num, sizeof num, "%zu%s%c%zu", pos.para + 1,
		               utf8 ? "\xe2\x86\x92" : ">",
		               side == SIDE_LEFT ? 'R' : 'L',
		               view_partner(v, side, pos.para) + 1);
	width = (int)ustr_width((const uint8_t *)num, (size_t)len);
	wmove(w, getcury(w), gutter - 1 - width);
	wattrset(w, theme_attr(g != ALIGN_NONE && g == v->cur ? THEME_CURRENT
	                                                      : THEME_GUTTER));
	pane_text(w, num, (size_t)len, theme_attr(g != ALIGN_NONE &&
	          g == v->cur ? THEME_CURRENT : THEME_GUTTER), width, utf8);
}

/* The word diff's changed words and the search's matches in the
 * paragraph being painted, found once per paragraph in a paint (not once
 * per line: a paragraph of megabytes has thousands of lines); painted is
 * that paragraph, SIZE_MAX before the first line of a paint. */
static struct mark_vec changed, found;
static size_t painted = SIZE_MAX;

/* The first of mv's marks (in order, apart) that ends after off: where a
 * line starting at off begins in them, by binary search. */
static size_t
mark_from(const struct mark_vec *mv, size_t off)
{
	size_t lo = 0, hi = mv->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (mv->v[mid].end > off)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The look of byte off: a search match, else a word the word diff
 * marks (look wd), else its mark, else base. */
static attr_t
char_attr(const struct mark_vec *marks, size_t *mi,
          const struct mark_vec *found, size_t *fi, size_t *ci, attr_t wd,
          size_t off, attr_t base)
{
	while (*fi < found->n && found->v[*fi].end <= off)
		(*fi)++;
	if (*fi < found->n && found->v[*fi].start <= off)
		return theme_attr(THEME_MATCH);
	while (*ci < changed.n && changed.v[*ci].end <= off)
		(*ci)++;
	if (*ci < changed.n && changed.v[*ci].start <= off)
		return wd;
	while (*mi < marks->n && marks->v[*mi].end <= off)
		(*mi)++;
	if (*mi < marks->n && marks->v[*mi].start <= off)
		return theme_attr(marks->v[*mi].role) | (base & A_BOLD);
	return base;
}

static void
paint_line(WINDOW *w, struct view *v, enum side side,
           struct layout_pos pos, int cols, bool utf8)
{
	struct layout *l = &v->pane[side];
	size_t nlines, len, i, mi, fi, ci;
	attr_t wd = theme_attr(side == SIDE_LEFT ? THEME_DELETED
	                                         : THEME_INSERTED);
	const struct layout_line *ln = layout_lines(l, pos.para, &nlines);
	const struct layout_line line = ln[pos.row];
	const uint8_t *s = article_para_text(l->a, pos.para, &len);
	const struct mark_vec *marks = layout_marks(l, pos.para);
	attr_t base = para_attr(v, side, pos.para);
	struct run r = { .w = w, .attr = base, .utf8 = utf8 };
	int col = 0;

	if (painted != pos.para) {
		found.n = 0;
		view_matches(v, side, pos.para, &found);
		changed.n = 0;
		view_edits(v, side, pos.para, &changed);
		painted = pos.para;
	}
	mi = mark_from(marks, line.start);
	fi = mark_from(&found, line.start);
	ci = mark_from(&changed, line.start);
	for (i = line.start; i < line.end;) {
		uint32_t cp;
		size_t k = ustr_decode(s + i, line.end - i, &cp);
		attr_t a = char_attr(marks, &mi, &found, &fi, &ci, wd, i,
		                     base);
		int used = put_char(&r, cp, a, col, cols);

		if (used < 0)
			break;
		col += used;
		i += k;
	}
	run_flush(&r);
}

void
pane_fini(void)
{
	mark_vec_fini(&found);
	mark_vec_fini(&changed);
}

void
pane_paint(WINDOW *w, struct view *v, enum side side, bool utf8)
{
	int cols = getmaxx(w);
	int gutter = pane_gutter(v->pane[side].a, v->pane[side == SIDE_LEFT].a);
	int text = cols - gutter - 1;
	size_t i;

	werase(w);
	painted = SIZE_MAX;
	paint_head(w, v, side, utf8, cols);
	layout_screen(&v->pane[side], v->top[side], v->height, v->rows);
	for (i = 0; i < v->height; i++) {
		struct layout_pos pos = v->rows[i];
		size_t nlines;

		if (pos.para == LAYOUT_PAST_END)
			break;
		layout_lines(&v->pane[side], pos.para, &nlines);
		if (pos.row >= nlines)
			continue;	/* the blank row after a paragraph */
		wmove(w, PANE_HEAD + (int)i, 0);
		paint_gutter(w, v, side, pos, gutter, utf8);
		wmove(w, PANE_HEAD + (int)i, gutter);
		paint_line(w, v, side, pos, text, utf8);
	}
	wattrset(w, A_NORMAL);
}
