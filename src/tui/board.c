/* board.c - lists on a full screen, the ledger and the changes between
 * two versions: items, one selected, moved with the reader's keys. */
#include "board.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "article.h"
#include "compare.h"
#include "fact.h"
#include "keys.h"
#include "layout.h"
#include "ledger.h"
#include "mem.h"
#include "out.h"
#include "pane.h"
#include "revision.h"
#include "theme.h"

/* Columns of the status ("different sources") and of the kind
 * ("quotation"), each with a space after. */
#define BOARD_LABEL_COLS 18
#define BOARD_KIND_COLS 10

/* Rows over the table (title, column names) and under it (keys). */
#define BOARD_HEAD 2
#define BOARD_FOOT 1

#define ESC 27

/* Set: close the list (board_watch()). */
static const volatile sig_atomic_t *stop;

struct board_ledger {
	const struct compare *c;
	const struct ledger *l;
};

static const char board_keys[] =
	"j k move   Space b page   Enter go to its passages   q L Esc close";

/* Text at the cursor, within *cols columns left. */
static void
put(WINDOW *w, const char *s, size_t n, attr_t attr, int *cols, bool utf8)
{
	if (*cols > 0)
		*cols -= pane_text(w, s, n, attr, *cols, utf8);
}

static void
put_span(WINDOW *w, const struct article *a, size_t para, uint32_t start,
         uint32_t end, attr_t attr, int *cols, bool utf8)
{
	put(w, (const char *)a->text + a->para[para].start + start,
	    end - start, attr, cols, utf8);
}

/* One side of a row in cols columns: "L20 nearly 350 people (The WHO,
 * this week)". */
static void
put_side(WINDOW *w, const struct compare *c, const struct ledger_row *r,
         enum side s, attr_t attr, int cols, bool utf8)
{
	const struct article *a = compare_article(c, s);
	const struct ledger_side *ls = &r->side[s];
	const struct attrib *at = &ls->at;
	char num[32];

	if (!ls->has)
		return;
	snprintf(num, sizeof num, "%c%zu ", s == SIDE_LEFT ? 'L' : 'R',
	         ls->span.para + 1);
	put(w, num, strlen(num), attr, &cols, utf8);
	if (r->kind == LEDGER_QUOTE)
		put(w, "\xe2\x80\x9c", 3, attr, &cols, utf8);
	put_span(w, a, ls->span.para, ls->span.start, ls->span.end, attr,
	         &cols, utf8);
	if (r->kind == LEDGER_QUOTE)
		put(w, "\xe2\x80\x9d", 3, attr, &cols, utf8);
	if (!attrib_has_source(at) && !attrib_has_time(at))
		return;
	put(w, " (", 2, attr, &cols, utf8);
	if (attrib_has_source(at))
		put_span(w, a, at->src_para, at->src_start, at->src_end, attr,
		         &cols, utf8);
	if (attrib_has_source(at) && attrib_has_time(at))
		put(w, ", ", 2, attr, &cols, utf8);
	if (attrib_has_time(at))
		put_span(w, a, at->time_para, at->time_start, at->time_end,
		         attr, &cols, utf8);
	put(w, ")", 1, attr, &cols, utf8);
}

static void
paint_row(WINDOW *w, int y, const struct compare *c,
          const struct ledger_row *r, bool selected, bool utf8)
{
	int cols = getmaxx(w), half;
	attr_t attr = selected ? A_REVERSE : A_NORMAL;
	attr_t label_attr = attr;
	const char *label = ledger_row_label(r);
	const char *kind = ledger_kind_str(r->kind);

	if (ledger_row_disagrees(r))
		label_attr |= theme_attr(MARK_FIGURE_DIFFER);
	if (selected) {
		wmove(w, y, 0);
		wattrset(w, A_REVERSE);
		whline(w, ' ', cols);
		wattrset(w, A_NORMAL);
	}
	wmove(w, y, 0);
	pane_text(w, label, strlen(label), label_attr, BOARD_LABEL_COLS - 1,
	          utf8);
	if (cols <= BOARD_LABEL_COLS + BOARD_KIND_COLS + 2)
		return;
	wmove(w, y, BOARD_LABEL_COLS);
	pane_text(w, kind, strlen(kind), attr, BOARD_KIND_COLS - 1, utf8);
	cols -= BOARD_LABEL_COLS + BOARD_KIND_COLS;
	half = (cols - 1) / 2;
	wmove(w, y, BOARD_LABEL_COLS + BOARD_KIND_COLS);
	put_side(w, c, r, SIDE_LEFT, attr, half, utf8);
	wmove(w, y, BOARD_LABEL_COLS + BOARD_KIND_COLS + half + 1);
	put_side(w, c, r, SIDE_RIGHT, attr, cols - half - 1, utf8);
}

/* ---- a list on the whole screen ------------------------------------ */

/* What list_run() shows: n items under head rows, one selected, keys
 * on the last row. */
struct list {
	size_t n;
	int head;		/* rows over the items */
	const char *keys;	/* the last row */
	int close;		/* a key that closes it, besides q and Esc */
	bool numbers;		/* a typed number chooses that item */
	void *ctx;
	void (*paint_head)(WINDOW *w, const struct list *ls, bool utf8);
	/* Rows of item i in cols columns; NULL: one each. */
	int (*height)(const struct list *ls, size_t i, int cols);
	void (*paint_item)(WINDOW *w, int y, const struct list *ls, size_t i,
	                   bool selected, bool utf8);
	const char *empty;	/* said when there are no items */
};

static int
page_rows(WINDOW *w, const struct list *ls)
{
	int rows = getmaxy(w) - ls->head - BOARD_FOOT;

	return rows > 0 ? rows : 1;
}

/* Rows of item i, at most a page. */
static int
item_rows(WINDOW *w, const struct list *ls, size_t i)
{
	int rows = ls->height ? ls->height(ls, i, getmaxx(w)) : 1;
	int page = page_rows(w, ls);

	if (rows < 1)
		rows = 1;
	return rows < page ? rows : page;
}

/* Items from `from` a page holds, going down (dir > 0) or up: at least
 * one. */
static size_t
page_items(WINDOW *w, const struct list *ls, size_t from, int dir)
{
	int left = page_rows(w, ls);
	size_t k = 0, i = from;

	while (i < ls->n) {
		left -= item_rows(w, ls, i);
		if (left < 0)
			break;
		k++;
		if (dir < 0 && i == 0)
			break;
		i = dir > 0 ? i + 1 : i - 1;
	}
	return k > 0 ? k : 1;
}

/* The first item shown, for sel to be whole on the page. */
static size_t
first_shown(WINDOW *w, const struct list *ls, size_t first, size_t sel)
{
	int page = page_rows(w, ls), rows = 0;
	size_t i;

	if (sel < first)
		return sel;
	for (i = first; i <= sel; i++)
		rows += item_rows(w, ls, i);
	while (first < sel && rows > page)
		rows -= item_rows(w, ls, first++);
	return first;
}

static void
list_paint(WINDOW *w, const struct list *ls, size_t first, size_t sel,
           bool utf8)
{
	int cols = getmaxx(w), y = ls->head, end = ls->head + page_rows(w, ls);
	size_t i;

	werase(w);
	ls->paint_head(w, ls, utf8);
	for (i = first; i < ls->n; i++) {
		int rows = item_rows(w, ls, i);

		if (y + rows > end)
			break;
		ls->paint_item(w, y, ls, i, i == sel, utf8);
		y += rows;
	}
	if (ls->n == 0 && getmaxy(w) > ls->head)
		mvwaddnstr(w, ls->head, 0, ls->empty, cols);
	if (getmaxy(w) > ls->head + BOARD_FOOT) {
		wmove(w, getmaxy(w) - 1, 0);
		pane_text(w, ls->keys, strlen(ls->keys),
		          theme_attr(THEME_STATUS), cols, utf8);
	}
	wrefresh(w);
}

static WINDOW *
open_window(void)
{
	WINDOW *w = newwin(LINES > 0 ? LINES : 1, COLS > 0 ? COLS : 1, 0, 0);

	if (w == NULL)
		return NULL;
	keypad(w, TRUE);
	wtimeout(w, 100);
	return w;
}

/* A typed digit: the number typed so far, *num, grows by it, or starts
 * again with it when no item has the longer number.  The item it names
 * is selected; true when no longer number names one (it is chosen). */
static bool
type_digit(const struct list *ls, int digit, size_t *num, size_t *sel)
{
	size_t k = *num * 10 + (size_t)digit;

	if (k == 0 || k > ls->n)
		k = (size_t)digit;
	if (k == 0 || k > ls->n) {
		*num = 0;
		return false;
	}
	*num = k;
	*sel = k - 1;
	return k * 10 > ls->n;
}

/* Show ls until a key closes it or an item is chosen (Enter, or its
 * number): then true, and *item is its index.  once: paint it and
 * return false. */
static bool
list_run(const struct list *ls, bool utf8, bool once, size_t *sel,
         size_t *item)
{
	WINDOW *w = open_window();
	size_t first = 0, num = 0;
	bool chosen = false;
	int ch;

	if (w == NULL)
		return false;
	if (*sel >= ls->n)
		*sel = 0;
	for (;;) {
		long move = 0;

		first = first_shown(w, ls, first, *sel);
		list_paint(w, ls, first, *sel, utf8);
		if (once)
			break;
		ch = wgetch(w);
		if (stop != NULL && *stop)
			break;
		if (ch == ERR)
			continue;
		if (ls->numbers && ch >= '0' && ch <= '9') {
			if (type_digit(ls, ch - '0', &num, sel)) {
				*item = *sel;
				chosen = true;
				break;
			}
			continue;
		}
		num = 0;
		if (ch == '\n' || ch == '\r' || ch == KEY_ENTER) {
			if (ls->n > 0) {
				*item = *sel;
				chosen = true;
			}
			break;
		}
		if (ch == 'q' || ch == 'Q' || ch == ls->close || ch == ESC)
			break;
		if (ch == KEY_RESIZE) {
			delwin(w);
			if ((w = open_window()) == NULL)
				return false;
			continue;
		}
		switch (keys_action(ch)) {
		case ACT_DOWN:
			move = 1;
			break;
		case ACT_UP:
			move = -1;
			break;
		case ACT_PAGE_DOWN:
			move = (long)page_items(w, ls, *sel, 1);
			break;
		case ACT_PAGE_UP:
			move = -(long)page_items(w, ls, *sel, -1);
			break;
		case ACT_HOME:
			move = -(long)ls->n;
			break;
		case ACT_END:
			move = (long)ls->n;
			break;
		case ACT_QUIT:
			goto out;
		default:
			break;
		}
		if (ls->n == 0)
			continue;
		if (move < 0 && (size_t)-move > *sel)
			*sel = 0;
		else if (move < 0)
			*sel -= (size_t)-move;
		else if (*sel + (size_t)move >= ls->n)
			*sel = ls->n - 1;
		else
			*sel += (size_t)move;
	}
out:
	delwin(w);
	return chosen;
}

/* ---- the ledger ----------------------------------------------------- */

static void
ledger_head(WINDOW *w, const struct list *ls, bool utf8)
{
	const struct ledger *l = ((const struct board_ledger *)ls->ctx)->l;
	char sum[160], title[200];
	int cols = getmaxx(w);

	ledger_summary(l, sum, sizeof sum);
	snprintf(title, sizeof title, "Ledger: %s (%zu rows)", sum, l->n);
	wmove(w, 0, 0);
	pane_text(w, title, strlen(title), theme_attr(THEME_TITLE), cols,
	          utf8);
	if (getmaxy(w) > 1) {
		wmove(w, 1, 0);
		pane_text(w, "status", 6, theme_attr(THEME_SOURCE),
		          BOARD_LABEL_COLS - 1, utf8);
		if (cols > BOARD_LABEL_COLS + BOARD_KIND_COLS + 2) {
			int half = (cols - BOARD_LABEL_COLS -
			            BOARD_KIND_COLS - 1) / 2;

			mvwaddstr(w, 1, BOARD_LABEL_COLS, "fact");
			mvwaddstr(w, 1, BOARD_LABEL_COLS + BOARD_KIND_COLS,
			          "left");
			mvwaddstr(w, 1, BOARD_LABEL_COLS + BOARD_KIND_COLS +
			          half + 1, "right");
		}
	}
}

static void
ledger_item(WINDOW *w, int y, const struct list *ls, size_t i,
            bool selected, bool utf8)
{
	const struct board_ledger *bl = ls->ctx;

	paint_row(w, y, bl->c, &bl->l->row[i], selected, utf8);
}

bool
board_run(const struct compare *c, const struct ledger *l, bool utf8,
          size_t *sel, size_t *row)
{
	struct board_ledger bl = { c, l };
	struct list ls = {
		.n = l->n, .head = BOARD_HEAD, .keys = board_keys,
		.close = 'L', .ctx = &bl, .paint_head = ledger_head,
		.paint_item = ledger_item,
		.empty = "no figures, quotations or names to reconcile",
	};

	return list_run(&ls, utf8, false, sel, row);
}

/* ---- the changes between two versions ------------------------------- */

/* Columns of a change's kind ("quotation changed"), with two spaces. */
#define CHANGE_KIND_COLS 19

/* Rows over the changes: the title, the pairing, a blank. */
#define CHANGE_HEAD 3

static const char change_keys[] =
	"j k move   Space b page   Enter or its number: go to it   "
	"c q Esc close";

struct board_changes {
	const struct compare *c;
	uint8_t **text;		/* each change in words */
	size_t *len;
	int numw;		/* digits of the largest number */
	struct layout_line_vec lines;	/* scratch */
};

/* Where a change's words start. */
static int
change_text_col(const struct board_changes *bc)
{
	return bc->numw + 2 + CHANGE_KIND_COLS;
}

/* Columns a change's words wrap to. */
static unsigned
change_text_width(const struct board_changes *bc, int cols)
{
	int w = cols - change_text_col(bc) - 1;

	return w > 8 ? (unsigned)w : 8;
}

static int
change_height(const struct list *ls, size_t i, int cols)
{
	struct board_changes *bc = ls->ctx;

	bc->lines.n = 0;
	layout_wrap(bc->text[i], bc->len[i], change_text_width(bc, cols),
	            &bc->lines);
	return (int)bc->lines.n;
}

/* A kind in its own look: added and removed as the word diff marks
 * inserted and deleted words, a figure as a differing figure, a
 * quotation as one worded differently. */
static attr_t
change_attr(enum revision_kind kind)
{
	switch (kind) {
	case REVISION_ADDED:
		return theme_attr(THEME_INSERTED);
	case REVISION_REMOVED:
		return theme_attr(THEME_DELETED);
	case REVISION_FIGURE:
		return theme_attr(MARK_FIGURE_DIFFER);
	case REVISION_QUOTE:
		return theme_attr(MARK_QUOTE_VARY);
	default:
		return A_BOLD;
	}
}

static void
change_head(WINDOW *w, const struct list *ls, bool utf8)
{
	const struct board_changes *bc = ls->ctx;
	const struct revisions *rv = bc->c->revisions;
	char line[200];
	int cols = getmaxx(w);

	snprintf(line, sizeof line, "Two versions of one report: %zu "
	         "change%s, in the right report's order", rv->n,
	         rv->n == 1 ? "" : "s");
	wmove(w, 0, 0);
	pane_text(w, line, strlen(line), theme_attr(THEME_TITLE), cols, utf8);
	if (getmaxy(w) <= 1)
		return;
	snprintf(line, sizeof line, "%zu of %zu paragraphs pair closely",
	         rv->close, rv->content);
	wmove(w, 1, 0);
	pane_text(w, line, strlen(line), theme_attr(THEME_SOURCE), cols,
	          utf8);
}

static void
change_item(WINDOW *w, int y, const struct list *ls, size_t i,
            bool selected, bool utf8)
{
	struct board_changes *bc = ls->ctx;
	const struct revision_item *it = &bc->c->revisions->v[i];
	const char *kind = revision_kind_str(it->kind);
	attr_t attr = selected ? A_REVERSE : A_NORMAL;
	int cols = getmaxx(w), x = change_text_col(bc), rows, r;
	char num[32];

	rows = change_height(ls, i, cols);
	if (rows > getmaxy(w) - ls->head - BOARD_FOOT)
		rows = getmaxy(w) - ls->head - BOARD_FOOT;
	if (selected) {
		wattrset(w, A_REVERSE);
		for (r = 0; r < rows; r++) {
			wmove(w, y + r, 0);
			whline(w, ' ', cols);
		}
		wattrset(w, A_NORMAL);
	}
	snprintf(num, sizeof num, "%*zu", bc->numw, i + 1);
	wmove(w, y, 0);
	pane_text(w, num, strlen(num), attr, cols, utf8);
	if (cols <= bc->numw + 2)
		return;
	wmove(w, y, bc->numw + 2);
	pane_text(w, kind, strlen(kind), attr | change_attr(it->kind),
	          cols - bc->numw - 2, utf8);
	if (cols <= x)
		return;
	for (r = 0; r < rows; r++) {
		const struct layout_line *ln = &bc->lines.v[r];

		wmove(w, y + r, x);
		pane_text(w, (const char *)bc->text[i] + ln->start,
		          ln->end - ln->start, attr, cols - x, utf8);
	}
}

bool
board_changes(const struct compare *c, bool utf8, bool once, size_t *sel,
              size_t *item)
{
	const struct revisions *rv = c->revisions;
	struct board_changes bc = { .c = c, .numw = 1 };
	struct list ls = {
		.n = rv->n, .head = CHANGE_HEAD, .keys = change_keys,
		.close = 'c', .numbers = true, .ctx = &bc,
		.paint_head = change_head, .height = change_height,
		.paint_item = change_item,
		.empty = "no changes: the two say the same, word for word",
	};
	size_t i, k;
	bool chosen;

	for (k = rv->n; k >= 10; k /= 10)
		bc.numw++;
	bc.text = xcalloc(rv->n ? rv->n : 1, sizeof *bc.text);
	bc.len = xcalloc(rv->n ? rv->n : 1, sizeof *bc.len);
	for (i = 0; i < rv->n; i++) {
		struct out *o = out_new(NULL);
		const uint8_t *m;

		revision_item_text(c, &rv->v[i], o);
		m = out_take(o, &bc.len[i]);
		bc.text[i] = xmalloc(bc.len[i] + 1);
		memcpy(bc.text[i], m, bc.len[i]);
		bc.text[i][bc.len[i]] = '\0';
		out_free(o);
	}
	chosen = list_run(&ls, utf8, once, sel, item);
	for (i = 0; i < rv->n; i++)
		free(bc.text[i]);
	free(bc.text);
	free(bc.len);
	layout_line_vec_fini(&bc.lines);
	return chosen;
}

void
board_watch(const volatile sig_atomic_t *flag)
{
	stop = flag;
}

const char *
board_count(const struct compare *c, char *buf, size_t size)
{
	size_t i, fig = 0, quo = 0;
	int n = 0;

	if (c->facts != NULL)
		for (i = 0; i < c->facts->nfact; i++) {
			const struct fact *f = &c->facts->fact[i];

			fig += f->type == FACT_FIGURE &&
			       f->status == FACT_DIFFER;
			quo += f->type == FACT_QUOTE && f->status == FACT_VARY;
		}
	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (fig)
		n = snprintf(buf, size, "%zu figure%s differ%s", fig,
		             fig == 1 ? "" : "s", fig == 1 ? "s" : "");
	if (quo && n >= 0 && (size_t)n < size)
		snprintf(buf + n, size - (size_t)n, "%s%zu quotation%s var%s",
		         n ? ", " : "", quo, quo == 1 ? "" : "s",
		         quo == 1 ? "ies" : "y");
	if (!fig && !quo)
		snprintf(buf, size, "no disagreements");
	return buf;
}
