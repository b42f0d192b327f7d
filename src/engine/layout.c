/* layout.c - wrapping text by display columns, and a report laid out in
 * a pane, lazily. */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "mem.h"
#include "ustr.h"

/* Wrapped paragraphs kept, direct-mapped by paragraph number: a screen
 * shows a few dozen, and a jump wraps a few more around its target. */
#define LAYOUT_CACHE_SIZE 512

struct cache_entry {
	size_t para;		/* LAYOUT_PAST_END: empty */
	struct layout_line_vec lines;
	bool have_marks;
	struct mark_vec marks;
};

struct layout_cache {
	struct cache_entry e[LAYOUT_CACHE_SIZE];
};

static void
push_line(struct layout_line_vec *out, const uint8_t *s, size_t start,
          size_t end)
{
	struct layout_line *ln;

	while (end > start && s[end - 1] == ' ')
		end--;
	MEM_GROW(out->v, out->cap, out->n + 1);
	ln = &out->v[out->n++];
	ln->start = (uint32_t)start;
	ln->end = (uint32_t)end;
	ln->width = (uint32_t)ustr_width(s + start, end - start);
}

/* Whether a line may break before s[i], 0 < i < n, whatever came before
 * the spaces in front of it, so that the breaks from i on can be found
 * from i on: UAX #14 breaks after spaces (LB18) unless the last
 * character before them opens a bracket (LB14, "( a"), and the rules
 * that could forbid it otherwise (LB15 to LB17) need what follows the
 * spaces to be a bracket, a non-starter or a dash, not a letter.  A
 * character before the spaces that is not printable ASCII (a combining
 * mark joins what precedes it, LB9) is not looked into: no. */
static bool
fresh_break(const uint8_t *s, size_t i)
{
	size_t j = i;
	uint8_t c = s[i] | 0x20;

	if (c < 'a' || c > 'z' || s[i - 1] != ' ')
		return false;
	while (j > 0 && s[j - 1] == ' ')
		j--;
	return j > 0 && s[j - 1] > ' ' && s[j - 1] < 0x7F &&
	       s[j - 1] != '(' && s[j - 1] != '[' && s[j - 1] != '{';
}

/* The line breaks of a text, found window by window where wrapping asks
 * for them: a window starts and ends where fresh_break() holds (or at
 * the text's ends), so its breaks are those of the whole text.  Text in
 * the middle of long lines is never looked at. */
struct breaks {
	const uint8_t *s;
	size_t n;
	char *brk;		/* valid in [from, to) */
	size_t from, to;
};

static size_t
fresh_after(const struct breaks *b, size_t i)
{
	for (i++; i < b->n; i++)
		if (fresh_break(b->s, i))
			return i;
	return b->n;
}

/* Make b->brk valid on [lo, hi], lo <= hi < b->n. */
static void
breaks_need(struct breaks *b, size_t lo, size_t hi)
{
	size_t at, end;

	if (lo >= b->from && hi < b->to)
		return;
	if (lo >= b->from && lo <= b->to) {
		at = b->to;		/* go on from where the last ended */
	} else {
		for (at = lo; at > 0 && !fresh_break(b->s, at); at--)
			;
		b->from = at;
	}
	end = fresh_after(b, hi);
	ustr_linebreaks(b->s + at, end - at, b->brk + at);
	if (at > 0)
		b->brk[at] = 1;
	b->to = end;
}

/* The last break in (start, i], else start: at or after the last fresh
 * break there if any, and only those are read. */
static size_t
last_break(struct breaks *b, size_t start, size_t i)
{
	size_t p;

	for (p = i; p > start && !fresh_break(b->s, p); p--)
		;
	breaks_need(b, p > start ? p : start + 1, i);
	for (; i > p && !b->brk[i]; i--)
		;
	return i;
}

void
layout_wrap(const uint8_t *s, size_t n, unsigned width,
            struct layout_line_vec *out)
{
	struct breaks b = { s, n, NULL, 0, 0 };
	size_t start = 0, i = 0, col = 0;

	if (width == 0)
		width = 1;
	if (n == 0) {
		push_line(out, s, 0, 0);
		return;
	}
	b.brk = xmalloc(n);
	while (i < n) {
		uint32_t cp;
		size_t len, w;

		/* ASCII is a column a byte: jump to where the line is
		 * full. */
		if (col < width && s[i] < 0x80) {
			size_t run = ustr_ascii_run(s, n, i);
			size_t to = i + (width - col);

			if (run > to)
				run = to;
			col += run - i;
			i = run;
			if (i >= n)
				break;
		}
		len = ustr_decode(s + i, n - i, &cp);
		w = (size_t)ustr_cp_width(cp);
		/* Spaces hang past the edge: the break drops them. */
		if (cp != ' ' && w > 0 && i > start && col + w > width) {
			size_t last = last_break(&b, start, i);
			size_t cut = last > start ? last : i;

			push_line(out, s, start, cut);
			start = i = cut;
			col = 0;
			continue;
		}
		col += w;
		i += len;
	}
	push_line(out, s, start, n);
	free(b.brk);
}

void
layout_line_vec_fini(struct layout_line_vec *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}

/* ---- a report in a pane -------------------------------------------- */

static void
cache_clear(struct layout_cache *c)
{
	size_t i;

	for (i = 0; i < LAYOUT_CACHE_SIZE; i++)
		c->e[i].para = LAYOUT_PAST_END;
}

/* The next (step 1) or previous (step -1) shown paragraph from para on,
 * para itself included; LAYOUT_PAST_END if none. */
static size_t
shown_from(const struct layout *l, size_t para, int step)
{
	while (para < l->a->npara) {
		if (layout_is_shown(l, para))
			return para;
		if (step < 0 && para == 0)
			break;
		para += (size_t)(long)step;
	}
	return LAYOUT_PAST_END;
}

static void
find_ends(struct layout *l)
{
	l->first = shown_from(l, 0, 1);
	l->last = l->a->npara ? shown_from(l, l->a->npara - 1, -1)
	                      : LAYOUT_PAST_END;
}

void
layout_init(struct layout *l, const struct compare *c, enum side side,
            unsigned width)
{
	memset(l, 0, sizeof *l);
	l->c = c;
	l->side = side;
	l->a = compare_article(c, side);
	l->width = width > 0 ? width : 1;
	l->cache = xcalloc(1, sizeof *l->cache);
	cache_clear(l->cache);
	find_ends(l);
}

void
layout_fini(struct layout *l)
{
	size_t i;

	if (l->cache == NULL)
		return;
	for (i = 0; i < LAYOUT_CACHE_SIZE; i++) {
		layout_line_vec_fini(&l->cache->e[i].lines);
		mark_vec_fini(&l->cache->e[i].marks);
	}
	free(l->cache);
	l->cache = NULL;
}

void
layout_set_width(struct layout *l, unsigned width)
{
	if (width == 0)
		width = 1;
	if (width != l->width) {
		l->width = width;
		cache_clear(l->cache);
	}
}

void
layout_set_hidden(struct layout *l, bool show)
{
	l->show_hidden = show;
	find_ends(l);
}

bool
layout_is_empty(const struct layout *l)
{
	return l->first == LAYOUT_PAST_END;
}

bool
layout_is_shown(const struct layout *l, size_t para)
{
	return para < l->a->npara &&
	       (l->show_hidden || !article_kind_is_boilerplate(l->a->para[para].kind));
}

static struct cache_entry *
entry(struct layout *l, size_t para)
{
	struct cache_entry *e = &l->cache->e[para % LAYOUT_CACHE_SIZE];

	if (e->para != para) {
		size_t len;
		const uint8_t *s = article_para_text(l->a, para, &len);

		e->para = para;
		e->lines.n = 0;
		e->have_marks = false;
		layout_wrap(s, len, l->width, &e->lines);
	}
	return e;
}

const struct layout_line *
layout_lines(struct layout *l, size_t para, size_t *n)
{
	struct cache_entry *e = entry(l, para);

	*n = e->lines.n;
	return e->lines.v;
}

const struct mark_vec *
layout_marks(struct layout *l, size_t para)
{
	struct cache_entry *e = entry(l, para);

	if (!e->have_marks) {
		e->marks.n = 0;
		mark_para(l->c, l->side, para, MARK_ALL_FACTS, &e->marks);
		e->have_marks = true;
	}
	return &e->marks;
}

size_t
layout_height(struct layout *l, size_t para)
{
	if (!layout_is_shown(l, para))
		return 0;
	return entry(l, para)->lines.n + 1;
}

struct layout_pos
layout_start(struct layout *l)
{
	struct layout_pos pos = { 0, 0 };

	if (l->first != LAYOUT_PAST_END)
		pos.para = l->first;
	return pos;
}

struct layout_pos
layout_end(struct layout *l)
{
	struct layout_pos pos = { 0, 0 };

	if (l->last != LAYOUT_PAST_END) {
		pos.para = l->last;
		pos.row = layout_height(l, l->last) - 2;	/* last line */
	}
	return pos;
}

struct layout_pos
layout_pos_of(struct layout *l, size_t para)
{
	struct layout_pos pos = { 0, 0 };
	size_t p = para <= l->first ? l->first : shown_from(l, para, 1);

	if (p == LAYOUT_PAST_END)
		return layout_end(l);
	pos.para = p;
	return pos;
}

static bool
after(struct layout_pos a, struct layout_pos b)
{
	return a.para > b.para || (a.para == b.para && a.row > b.row);
}

void
layout_clamp(struct layout *l, struct layout_pos *pos)
{
	struct layout_pos end = layout_end(l);
	size_t h;

	if (layout_is_empty(l)) {
		pos->para = pos->row = 0;
		return;
	}
	if (pos->para >= l->a->npara || after(*pos, end)) {
		*pos = end;
		return;
	}
	if (!layout_is_shown(l, pos->para)) {
		*pos = layout_pos_of(l, pos->para);
		return;
	}
	h = layout_height(l, pos->para);
	if (pos->row >= h)
		pos->row = h - 1;
}

long
layout_move(struct layout *l, struct layout_pos *pos, long delta)
{
	struct layout_pos end = layout_end(l);
	long moved = 0;

	layout_clamp(l, pos);
	if (layout_is_empty(l))
		return 0;
	while (delta > moved) {
		size_t h = layout_height(l, pos->para), next;
		long left = delta - moved;

		if ((long)(h - 1 - pos->row) >= left) {
			pos->row += (size_t)left;
			moved = delta;
			break;
		}
		next = pos->para < l->last ? shown_from(l, pos->para + 1, 1)
		                           : LAYOUT_PAST_END;
		if (next == LAYOUT_PAST_END) {
			moved += (long)(h - 1 - pos->row);
			pos->row = h - 1;
			break;
		}
		moved += (long)(h - pos->row);
		pos->para = next;
		pos->row = 0;
	}
	if (after(*pos, end)) {
		/* Went onto the last blank row: back to the last line. */
		moved -= (long)(pos->row - end.row);
		*pos = end;
	}
	while (delta < moved) {
		long left = moved - delta;
		size_t prev;

		if ((long)pos->row >= left) {
			pos->row -= (size_t)left;
			moved = delta;
			break;
		}
		prev = pos->para > l->first ? shown_from(l, pos->para - 1, -1)
		                            : LAYOUT_PAST_END;
		if (prev == LAYOUT_PAST_END) {
			moved -= (long)pos->row;
			pos->row = 0;
			break;
		}
		moved -= (long)pos->row + 1;
		pos->para = prev;
		pos->row = layout_height(l, prev) - 1;
	}
	return moved;
}

struct layout_pos
layout_above(struct layout *l, size_t para, long rows)
{
	struct layout_pos pos = layout_pos_of(l, para);

	layout_move(l, &pos, -rows);
	return pos;
}

void
layout_screen(struct layout *l, struct layout_pos top, size_t h,
              struct layout_pos *out)
{
	struct layout_pos pos = top;
	bool past = layout_is_empty(l) || !layout_is_shown(l, top.para);
	size_t i;

	for (i = 0; i < h; i++) {
		size_t ph;

		if (past) {
			out[i].para = LAYOUT_PAST_END;
			out[i].row = 0;
			continue;
		}
		out[i] = pos;
		ph = layout_height(l, pos.para);
		if (pos.row + 1 < ph) {
			pos.row++;
		} else if (pos.para < l->last) {
			pos.para = shown_from(l, pos.para + 1, 1);
			pos.row = 0;
		} else {
			past = true;
		}
	}
}

size_t
layout_byte_at(struct layout *l, size_t para, size_t line, unsigned col)
{
	size_t n, len, i, w = 0;
	const struct layout_line *ln = layout_lines(l, para, &n);
	const uint8_t *s = article_para_text(l->a, para, &len);

	if (line >= n)
		return len;
	for (i = ln[line].start; i < ln[line].end;) {
		uint32_t cp;
		size_t k = ustr_decode(s + i, ln[line].end - i, &cp);

		w += (size_t)ustr_cp_width(cp);
		if (w > col)
			return i;
		i += k;
	}
	return ln[line].end;
}

size_t
layout_fact_at(struct layout *l, size_t para, size_t off)
{
	const struct mark_vec *mv = layout_marks(l, para);
	size_t i;

	for (i = 0; i < mv->n; i++)
		if (mv->v[i].start <= off && off < mv->v[i].end)
			return mv->v[i].fact;
	return LAYOUT_NO_FACT;
}
