/* board.c - the ledger on a full screen: a table of rows, one selected,
 * moved with the reader's keys. */
#include "board.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "article.h"
#include "compare.h"
#include "fact.h"
#include "keys.h"
#include "ledger.h"
#include "pane.h"
#include "theme.h"

/* Columns of the status ("different sources") and of the kind
 * ("quotation"), each with a space after. */
#define BOARD_LABEL_COLS 18
#define BOARD_KIND_COLS 10

/* Rows over the table (title, column names) and under it (keys). */
#define BOARD_HEAD 2
#define BOARD_FOOT 1

#define ESC 27

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

static int
page_rows(WINDOW *w)
{
	int rows = getmaxy(w) - BOARD_HEAD - BOARD_FOOT;

	return rows > 0 ? rows : 1;
}

static void
paint(WINDOW *w, const struct compare *c, const struct ledger *l,
      size_t first, size_t sel, bool utf8)
{
	char sum[160], title[200];
	int cols = getmaxx(w), rows = page_rows(w), y;
	size_t i;

	werase(w);
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
	for (i = first, y = BOARD_HEAD; i < l->n && y < BOARD_HEAD + rows;
	     i++, y++)
		paint_row(w, y, c, &l->row[i], i == sel, utf8);
	if (l->n == 0 && getmaxy(w) > BOARD_HEAD)
		mvwaddnstr(w, BOARD_HEAD, 0, "no figures, quotations or names "
		           "to reconcile", cols);
	if (getmaxy(w) > BOARD_HEAD + BOARD_FOOT) {
		wmove(w, getmaxy(w) - 1, 0);
		pane_text(w, board_keys, strlen(board_keys),
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

bool
board_run(const struct compare *c, const struct ledger *l, bool utf8,
          size_t *sel, size_t *row)
{
	WINDOW *w = open_window();
	size_t first = 0;
	bool chosen = false;
	int ch;

	if (w == NULL)
		return false;
	if (*sel >= l->n)
		*sel = 0;
	for (;;) {
		size_t page = (size_t)page_rows(w);
		long move = 0;

		if (*sel < first)
			first = *sel;
		if (*sel >= first + page)
			first = *sel - page + 1;
		paint(w, c, l, first, *sel, utf8);
		ch = wgetch(w);
		if (ch == ERR)
			continue;
		if (ch == '\n' || ch == '\r' || ch == KEY_ENTER) {
			if (l->n > 0) {
				*row = *sel;
				chosen = true;
			}
			break;
		}
		if (ch == 'q' || ch == 'Q' || ch == 'L' || ch == ESC)
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
			move = (long)page;
			break;
		case ACT_PAGE_UP:
			move = -(long)page;
			break;
		case ACT_HOME:
			move = -(long)l->n;
			break;
		case ACT_END:
			move = (long)l->n;
			break;
		case ACT_QUIT:
			goto out;
		default:
			break;
		}
		if (l->n == 0)
			continue;
		if (move < 0 && (size_t)-move > *sel)
			*sel = 0;
		else if (move < 0)
			*sel -= (size_t)-move;
		else if (*sel + (size_t)move >= l->n)
			*sel = l->n - 1;
		else
			*sel += (size_t)move;
	}
out:
	delwin(w);
	return chosen;
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
