/* view.c - the reader's state and moves, two panes kept in step. */
#include "view.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "edit.h"
#include "fact.h"
#include "hash.h"
#include "mem.h"
#include "token.h"
#include "ustr.h"

/* Rows of the leading pane, for finding what is on them. */
static struct layout_pos *
screen_rows(struct view *v, enum side s)
{
	layout_screen(&v->pane[s], v->top[s], v->height, v->rows);
	return v->rows;
}

static size_t
first_member(const struct view *v, enum side s, size_t g)
{
	return s == SIDE_LEFT ? align_left(v->al, g, 0)
	                      : align_right(v->al, g, 0);
}

size_t
view_partner(const struct view *v, enum side side, size_t para)
{
	size_t g = compare_group_of(v->c, side, para);

	return g == ALIGN_NONE ? ALIGN_NONE
	                       : first_member(v, SIDE_OTHER(side), g);
}

size_t
view_focus_row(const struct view *v)
{
	return v->height / 4;
}

/* ---- passages in each report's order ------------------------------- */

static const struct view *sort_view;	/* qsort has no context argument */

static int
cmp_right_first(const void *a, const void *b)
{
	size_t x = first_member(sort_view, SIDE_RIGHT, *(const size_t *)a);
	size_t y = first_member(sort_view, SIDE_RIGHT, *(const size_t *)b);

	return x < y ? -1 : x > y;
}

static void
make_orders(struct view *v)
{
	size_t g, i;
	int s;

	for (s = 0; s < 2; s++) {
		v->order[s] = xreallocarray(NULL, v->ngroup + 1, sizeof (size_t));
		v->rank[s] = xreallocarray(NULL, v->ngroup + 1, sizeof (size_t));
		for (g = 0; g < v->ngroup; g++)
			v->order[s][g] = g;
	}
	/* Groups come in the left report's order; sort a copy by the
	 * right's. */
	sort_view = v;
	qsort(v->order[SIDE_RIGHT], v->ngroup, sizeof (size_t),
	      cmp_right_first);
	sort_view = NULL;
	for (s = 0; s < 2; s++)
		for (i = 0; i < v->ngroup; i++)
			v->rank[s][v->order[s][i]] = i;
	v->differ = xcalloc(v->ngroup + 1, sizeof *v->differ);
	for (g = 0; g < v->ngroup; g++) {
		const struct facts *fs = v->c->facts;
		const struct fact_range *gr = &fs->group[g];

		for (i = gr->first; i < gr->first + gr->n; i++)
			if (fs->fact[i].type == FACT_FIGURE &&
			    fs->fact[i].status == FACT_DIFFER)
				v->differ[g] = true;
	}
}

/* The passage in focus in the leading pane: the first paired paragraph
 * at or below its focus row, else above it; *row gets the screen row of
 * that paragraph's first line (negative when above the top). */
static size_t
anchor(struct view *v, long *row)
{
	enum side lead = v->lead;
	struct layout_pos *rows = screen_rows(v, lead);
	struct layout_pos up = v->top[lead];
	size_t focus, i, k, g;

	/* The focus row comes down from the top row as the report scrolls
	 * away from its start, a row for each row scrolled, until it reaches
	 * view_focus_row(): what lies under it moves down the report two
	 * rows a line, so no passage passes it unseen. */
	focus = (size_t)-layout_move(&v->pane[lead], &up,
	                             -(long)view_focus_row(v));

	/* Rows from the focus row down, then from just above it up. */
	for (k = 0; k < v->height; k++) {
		i = focus + k < v->height ? focus + k
		                          : focus - 1 - (k - (v->height - focus));
		if (rows[i].para == LAYOUT_PAST_END)
			continue;
		g = compare_group_of(v->c, lead, rows[i].para);
		if (g != ALIGN_NONE) {
			*row = (long)i - (long)rows[i].row;
			return g;
		}
	}
	return ALIGN_NONE;
}

/* ---- life ---------------------------------------------------------- */

void
view_init(struct view *v, const struct compare *c, unsigned width_left,
          unsigned width_right, size_t height)
{
	long row;

	memset(v, 0, sizeof *v);
	v->c = c;
	v->al = c->al;
	v->ngroup = c->al != NULL ? c->al->ngroup : 0;
	v->cur = ALIGN_NONE;
	v->lead = SIDE_LEFT;
	v->word_diff = c->edits != NULL;	/* asked for, or versions */
	layout_init(&v->pane[SIDE_LEFT], c, SIDE_LEFT, width_left);
	layout_init(&v->pane[SIDE_RIGHT], c, SIDE_RIGHT, width_right);
	v->top[SIDE_LEFT] = layout_start(&v->pane[SIDE_LEFT]);
	v->top[SIDE_RIGHT] = layout_start(&v->pane[SIDE_RIGHT]);
	v->height = height > 0 ? height : 1;
	v->rows = xreallocarray(NULL, v->height, sizeof *v->rows);
	make_orders(v);
	/* Both reports start at their tops (their headlines side by side);
	 * the passage in focus is the leader's first in view. */
	v->cur = anchor(v, &row);
}

void
view_fini(struct view *v)
{
	int s;

	for (s = 0; s < 2; s++) {
		layout_fini(&v->pane[s]);
		free(v->order[s]);
		free(v->rank[s]);
	}
	free(v->differ);
	free(v->pattern);
	free(v->pat);
	free(v->before[0]);
	free(v->before[1]);
	free(v->rows);
	memset(v, 0, sizeof *v);
}

/* ---- keeping the panes in step ------------------------------------- */

/* After the leading pane moved: the other pane puts the partner of the
 * passage in focus on the same row. */
static void
follow(struct view *v)
{
	enum side other = SIDE_OTHER(v->lead);
	long row = 0;

	v->cur = anchor(v, &row);
	if (v->cur == ALIGN_NONE)
		return;
	v->top[other] = layout_above(&v->pane[other],
	                             first_member(v, other, v->cur), row);
}

void
view_goto(struct view *v, size_t g)
{
	enum side lead = v->lead, other = SIDE_OTHER(lead);
	struct layout_pos pos;
	long above;

	if (g >= v->ngroup)
		return;
	pos = layout_pos_of(&v->pane[lead], first_member(v, lead, g));
	above = -layout_move(&v->pane[lead], &pos, -(long)view_focus_row(v));
	v->top[lead] = pos;
	v->top[other] = layout_above(&v->pane[other], first_member(v, other, g),
	                             above);
	v->cur = g;
}

void
view_place(struct view *v, enum side side, size_t para)
{
	struct layout_pos pos;

	if (para >= v->pane[side].a->npara)
		return;
	pos = layout_pos_of(&v->pane[side], para);
	layout_move(&v->pane[side], &pos, -(long)view_focus_row(v));
	v->top[side] = pos;
}

void
view_show(struct view *v, enum side side, size_t para)
{
	size_t g;

	if (para >= v->pane[side].a->npara)
		return;
	g = side == SIDE_LEFT ? (v->al ? v->al->left_group[para] : ALIGN_NONE)
	                      : (v->al ? v->al->right_group[para] : ALIGN_NONE);
	if (g != ALIGN_NONE && g < v->ngroup) {
		view_goto(v, g);
		return;
	}
	view_place(v, side, para);
	if (side == v->lead)
		follow(v);
}

void
view_resize(struct view *v, unsigned width_left, unsigned width_right,
            size_t height)
{
	int s;

	layout_set_width(&v->pane[SIDE_LEFT], width_left);
	layout_set_width(&v->pane[SIDE_RIGHT], width_right);
	if (height == 0)
		height = 1;
	if (height != v->height) {
		v->height = height;
		v->rows = xreallocarray(v->rows, height, sizeof *v->rows);
	}
	for (s = 0; s < 2; s++)
		layout_clamp(&v->pane[s], &v->top[s]);
	if (v->cur != ALIGN_NONE)
		view_goto(v, v->cur);
}

/* ---- moves --------------------------------------------------------- */

void
view_scroll(struct view *v, long rows)
{
	layout_move(&v->pane[v->lead], &v->top[v->lead], rows);
	follow(v);
}

void
view_home(struct view *v)
{
	v->top[v->lead] = layout_start(&v->pane[v->lead]);
	follow(v);
}

void
view_end(struct view *v)
{
	struct layout *l = &v->pane[v->lead];

	v->top[v->lead] = layout_end(l);
	layout_move(l, &v->top[v->lead], -(long)(v->height - 1));
	follow(v);
}

/* Rank, in the leading report's order, of the first passage after
 * (dir > 0) or before the top of the leading pane, when none is in
 * focus. */
static long
rank_from_top(const struct view *v, int dir)
{
	enum side lead = v->lead;
	size_t lo = 0, hi = v->ngroup, top = v->top[lead].para;

	/* The first rank whose passage starts at or after the top. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (first_member(v, lead, v->order[lead][mid]) < top)
			lo = mid + 1;
		else
			hi = mid;
	}
	return dir > 0 ? (long)lo : (long)lo - 1;
}

static bool
step(struct view *v, int dir, bool differ_only)
{
	long r;

	if (v->ngroup == 0)
		return false;
	if (v->cur != ALIGN_NONE)
		r = (long)v->rank[v->lead][v->cur] + (dir > 0 ? 1 : -1);
	else
		r = rank_from_top(v, dir);
	for (; r >= 0 && r < (long)v->ngroup; r += dir > 0 ? 1 : -1) {
		size_t g = v->order[v->lead][r];

		if (!differ_only || v->differ[g]) {
			view_goto(v, g);
			return true;
		}
	}
	return false;
}

bool
view_passage(struct view *v, int dir)
{
	return step(v, dir, false);
}

bool
view_differ(struct view *v, int dir)
{
	return step(v, dir, true);
}

void
view_switch_lead(struct view *v)
{
	v->lead = SIDE_OTHER(v->lead);
	v->have_match = false;
}

static void count_matches(struct view *v);

void
view_edits(const struct view *v, enum side side, size_t para,
           struct mark_vec *out)
{
	const struct edits *ed = v->c->edits;
	size_t g = compare_group_of(v->c, side, para), i;

	if (!v->word_diff || ed == NULL || g == ALIGN_NONE ||
	    ed->group[g].skipped)
		return;
	for (i = ed->group[g].first; i < ed->group[g].first + ed->group[g].n;
	     i++) {
		const struct edit *e = &ed->edit[i];
		const struct fact_span *sp = side == SIDE_LEFT ? &e->left
		                                               : &e->right;

		if (sp->para != para || sp->start == sp->end)
			continue;
		MEM_GROW(out->v, out->cap, out->n + 1);
		out->v[out->n++] = (struct mark){ sp->start, sp->end,
		                                  MARK_NONE, 0 };
	}
}

void
view_toggle_hidden(struct view *v)
{
	int s;
	bool show = !v->pane[SIDE_LEFT].show_hidden;

	for (s = 0; s < 2; s++) {
		layout_set_hidden(&v->pane[s], show);
		layout_clamp(&v->pane[s], &v->top[s]);
	}
	if (v->cur != ALIGN_NONE)
		view_goto(v, v->cur);
	if (v->pattern != NULL)
		count_matches(v);
	v->have_match = false;
}

bool
view_click(struct view *v, enum side side, size_t row)
{
	struct layout_pos *rows;
	size_t g;

	if (row >= v->height)
		return false;
	rows = screen_rows(v, side);
	if (rows[row].para == LAYOUT_PAST_END)
		return false;
	g = compare_group_of(v->c, side, rows[row].para);
	if (g == ALIGN_NONE)
		return false;
	v->cur = g;
	v->top[SIDE_OTHER(side)] = layout_above(&v->pane[SIDE_OTHER(side)],
	                                   first_member(v, SIDE_OTHER(side), g),
	                                   (long)row - (long)rows[row].row);
	return true;
}

/* ---- search -------------------------------------------------------- */

/* A pattern byte that is not UTF-8: it matches nothing (a report's text
 * is valid UTF-8 once loaded). */
#define NO_CHAR 0xFFFFFFFFu

/* A character as search compares it: quotation marks, apostrophes and
 * dashes folded as the tokenizer folds them (so ' finds ’), and ASCII
 * capitals lowered when case is ignored. */
static uint32_t
fold(uint32_t cp, bool icase)
{
	cp = token_norm_punct(cp);
	if (icase && cp >= 'A' && cp <= 'Z')
		cp += 'a' - 'A';
	return cp;
}

/* Whether the pattern matches s at i; *end gets the byte after it. */
static bool
match_at(const struct view *v, const uint8_t *s, size_t n, size_t i,
         size_t *end)
{
	size_t k;

	for (k = 0; k < v->npat; k++) {
		uint32_t cp;

		if (i >= n)
			return false;
		i += ustr_decode(s + i, n - i, &cp);
		if (fold(cp, v->icase) != v->pat[k])
			return false;
	}
	*end = i;
	return true;
}

/* The first match of the pattern in s[from..n), or n; *end gets the byte
 * after it. */
static size_t
find(const struct view *v, const uint8_t *s, size_t n, size_t from,
     size_t *end)
{
	size_t i = from;

	if (v->npat == 0)
		return n;
	while (i < n && (s[i] & 0xC0) == 0x80)
		i++;			/* to a character's start */
	while (i < n) {
		uint32_t cp;
		size_t k;

		/* ASCII first: most text and most patterns are. */
		if (s[i] < 0x80 && v->pat[0] < 0x80 &&
		    (uint8_t)fold(s[i], v->icase) != v->pat[0]) {
			i++;
			continue;
		}
		k = ustr_decode(s + i, n - i, &cp);
		if (fold(cp, v->icase) == v->pat[0] &&
		    match_at(v, s, n, i, end))
			return i;
		i += k;
	}
	return n;
}

/* Matches in paragraph p of a side. */
static size_t
para_matches(const struct view *v, const struct layout *l, size_t p,
             size_t before)
{
	size_t len, at, end, n = 0;
	const uint8_t *t = article_para_text(l->a, p, &len);

	for (at = find(v, t, len, 0, &end); at < len && at < before;
	     at = find(v, t, len, end, &end))
		n++;
	return n;
}

static void
count_matches(struct view *v)
{
	int s;

	for (s = 0; s < 2; s++) {
		const struct layout *l = &v->pane[s];
		size_t p, n = 0;

		v->before[s] = xreallocarray(v->before[s], l->a->npara + 1,
		                             sizeof (size_t));
		for (p = 0; p < l->a->npara; p++) {
			v->before[s][p] = n;
			if (layout_is_shown(l, p))
				n += para_matches(v, l, p, SIZE_MAX);
		}
		v->before[s][p] = n;
		v->count[s] = n;
	}
}

void
view_search(struct view *v, const char *pattern)
{
	size_t i, n;

	free(v->pattern);
	free(v->pat);
	v->pattern = NULL;
	v->pat = NULL;
	v->npat = 0;
	v->have_match = false;
	v->count[0] = v->count[1] = 0;
	if (pattern == NULL || *pattern == '\0')
		return;
	v->pattern = xstrdup(pattern);
	n = strlen(pattern);
	v->icase = true;
	for (i = 0; i < n; i++)
		if (pattern[i] >= 'A' && pattern[i] <= 'Z')
			v->icase = false;
	v->pat = xreallocarray(NULL, n, sizeof *v->pat);
	for (i = 0; i < n;) {
		uint32_t cp;
		const uint8_t *at = (const uint8_t *)pattern + i;
		size_t k = ustr_decode(at, n - i, &cp);

		if (cp == USTR_REPLACEMENT &&
		    !(k == 3 && memcmp(at, "\xef\xbf\xbd", 3) == 0))
			cp = NO_CHAR;
		v->pat[v->npat++] = cp == NO_CHAR ? cp : fold(cp, v->icase);
		i += k;
	}
	count_matches(v);
}

size_t
view_match_rank(const struct view *v)
{
	if (!v->have_match || v->pattern == NULL || v->match_side != v->lead)
		return 0;
	return v->before[v->lead][v->match.para] +
	       para_matches(v, &v->pane[v->lead], v->match.para,
	                    v->match.start) + 1;
}

/* The last match in s[0..before), or before if none. */
static size_t
find_last(const struct view *v, const uint8_t *s, size_t n, size_t before,
          size_t *end)
{
	size_t at, last = before, e;

	for (at = find(v, s, n, 0, &e); at < n && at < before;
	     at = find(v, s, n, at + 1, &e)) {
		last = at;
		*end = e;
	}
	return last;
}

/* Put match m of the leading pane on its focus row. */
static void
show_match(struct view *v, const struct view_match *m)
{
	struct layout *l = &v->pane[v->lead];
	size_t n, line;
	const struct layout_line *ln = layout_lines(l, m->para, &n);
	struct layout_pos pos;

	for (line = 0; line + 1 < n && m->start >= ln[line].end; line++)
		;
	pos.para = m->para;
	pos.row = line;
	layout_move(l, &pos, -(long)view_focus_row(v));
	v->top[v->lead] = pos;
	follow(v);
}

bool
view_search_next(struct view *v, int dir, bool *wrapped)
{
	const struct layout *l = &v->pane[v->lead];
	const struct article *a = l->a;
	size_t start, off, k, np = a->npara, end = 0;

	*wrapped = false;
	if (v->pattern == NULL || v->count[v->lead] == 0 || np == 0)
		return false;
	if (v->have_match && v->match_side == v->lead) {
		start = v->match.para;
		off = dir > 0 ? v->match.start + 1 : v->match.start;
	} else {
		start = v->top[v->lead].para;
		off = 0;
	}
	/* Every paragraph once, and the first again up to where we began. */
	for (k = 0; k <= np; k++) {
		size_t p, len, at;
		const uint8_t *t;

		if (dir > 0) {
			p = (start + k) % np;
			*wrapped = *wrapped || (k > 0 && p == 0);
		} else {
			p = (start + np - k % np) % np;
			*wrapped = *wrapped || (k > 0 && p == np - 1);
		}
		if (!layout_is_shown(l, p))
			continue;
		t = article_para_text(a, p, &len);
		if (dir > 0) {
			at = find(v, t, len, k == 0 ? off : 0, &end);
			if (k == np && at >= off)
				at = len;	/* past where we began */
		} else {
			size_t before = k == 0 ? off : len + 1;

			at = find_last(v, t, len, before, &end);
			if (at == before)
				at = len;
			if (k == np && at <= off)
				at = len;
		}
		if (at < len) {
			v->have_match = true;
			v->match_side = v->lead;
			v->match.para = p;
			v->match.start = at;
			v->match.end = end;
			show_match(v, &v->match);
			return true;
		}
	}
	return false;
}

void
view_matches(const struct view *v, enum side side, size_t para,
             struct mark_vec *out)
{
	size_t len, at, end;
	const uint8_t *t;

	if (v->pattern == NULL)
		return;
	t = article_para_text(v->pane[side].a, para, &len);
	for (at = find(v, t, len, 0, &end); at < len;
	     at = find(v, t, len, end, &end)) {
		MEM_GROW(out->v, out->cap, out->n + 1);
		out->v[out->n].start = (uint32_t)at;
		out->v[out->n].end = (uint32_t)end;
		out->v[out->n].role = MARK_NONE;
		out->v[out->n].fact = 0;
		out->n++;
	}
}

/* ---- status -------------------------------------------------------- */

/* Text appended to a growing buffer. */
struct text {
	char *s;
	size_t n, cap;
	size_t names_at;	/* where the list of names began */
};

static void
text_add(struct text *t, const char *s, size_t n)
{
	MEM_GROW(t->s, t->cap, t->n + n + 1);
	memcpy(t->s + t->n, s, n);
	t->n += n;
	t->s[t->n] = '\0';
}

static void
text_str(struct text *t, const char *s)
{
	text_add(t, s, strlen(s));
}

/* How alike a passage's two sides are worded, for a reader who does not
 * think in scores. */
static const char *
likeness(double score)
{
	if (score >= 0.9)
		return "worded nearly the same";
	if (score >= 0.6)
		return "worded much alike";
	if (score >= 0.3)
		return "worded partly alike";
	return "worded differently";
}

/* Names listed in the status before "and N more". */
#define STATUS_NAMES 4

/* One name of the status line, after a comma unless it is the first. */
static void
add_name(void *ctx, const uint8_t *s, size_t n)
{
	struct text *t = ctx;

	if (t->n > t->names_at)
		text_str(t, ", ");
	text_add(t, (const char *)s, n);
}

/* The names both sides of group g give, as the leading report writes
 * them, each once: "names Kerry, Assad and 2 more". */
static void
name_list(const struct view *v, size_t g, struct text *t)
{
	size_t more;

	t->names_at = t->n;
	more = fact_names(v->c->facts, v->pane[v->lead].a, v->lead, g,
	                  STATUS_NAMES, add_name, t);
	if (more > 0) {
		char buf[48];

		snprintf(buf, sizeof buf, " and %zu more", more);
		text_str(t, buf);
	}
}

size_t
view_status(const struct view *v, char *buf, size_t size)
{
	struct text t = { 0 };
	char head[96], *sum;
	size_t need, at = 0, len;

	if (v->ngroup == 0)
		return (size_t)snprintf(buf, size, "no passages aligned");
	if (v->cur == ALIGN_NONE)
		return (size_t)snprintf(buf, size, "%zu passages; none in view",
		                        v->ngroup);
	/* Numbered as the leading report tells them, as n walks them.  A
	 * passage of versions paired word for word was not read: there are
	 * no facts to list, and nothing else to say. */
	if (align_is_verbatim(v->al, v->cur))
		return (size_t)snprintf(buf, size,
		                        "passage %zu of %zu, the same word for "
		                        "word", v->rank[v->lead][v->cur] + 1,
		                        v->ngroup);
	snprintf(head, sizeof head, "passage %zu of %zu, %s: ",
	         v->rank[v->lead][v->cur] + 1, v->ngroup,
	         likeness(v->al->group[v->cur].score));
	text_str(&t, head);
	need = fact_summary(v->c->facts, v->cur, NULL, 0);
	sum = xmalloc(need + 1);
	fact_summary(v->c->facts, v->cur, sum, need + 1);
	/* The parts, "; " between them; the count of names becomes the
	 * names. */
	while (at < need) {
		const char *end = strstr(sum + at, "; ");

		len = end ? (size_t)(end - (sum + at)) : need - at;
		if (fact_summary_is_name_count(sum + at, len)) {
			text_str(&t, len > 6 ? "names " : "name ");
			name_list(v, v->cur, &t);
		} else {
			text_add(&t, sum + at, len);
		}
		at += len;
		if (end != NULL) {
			text_str(&t, "; ");
			at += 2;
		}
	}
	free(sum);
	need = t.n;
	if (size > 0)
		snprintf(buf, size, "%s", t.s);
	free(t.s);
	return need;
}
