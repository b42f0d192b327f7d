/* pane.h - curses painting of one report's pane: its title, its source
 * and the rows of its layout, marked.  TUI only. */
#ifndef NEWSDIFF_PANE_H
#define NEWSDIFF_PANE_H

#include <stdbool.h>

#include <curses.h>

#include "view.h"

/* Rows over the text: the title and the source. */
#define PANE_HEAD 2

/* Columns before the text: a bar on the passage in focus, the
 * paragraph's number and its partner's ("3→R12", up to each report's
 * count), a space. */
int pane_gutter(const struct article *own, const struct article *other);

/* Paint side's pane of v into w (PANE_HEAD + v->height rows; its width
 * is the gutter, the text and one column of margin).  utf8: the
 * terminal takes UTF-8, else everything beyond ASCII shows as '?'. */
void pane_paint(WINDOW *w, struct view *v, enum side side, bool utf8);

/* Free what painting keeps between calls. */
void pane_fini(void);

/* Put text (UTF-8) at the cursor of w in attr, as the panes do (controls
 * as visible symbols), in at most cols columns; returns the columns used. */
int pane_text(WINDOW *w, const char *text, size_t len, attr_t attr, int cols,
              bool utf8);

#endif
