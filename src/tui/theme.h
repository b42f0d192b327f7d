/* theme.h - how the reader looks: one row per role, with colours and a
 * monochrome fallback.  TUI only.
 *
 * The marks of facts take the colours of mark_style(), which the HTML
 * export shares; the rows here add the reader's own furniture. */
#ifndef NEWSDIFF_THEME_H
#define NEWSDIFF_THEME_H

#include <stdbool.h>

#include <curses.h>

#include "mark.h"

/* Roles: the marks (enum mark_role), then these. */
enum theme_role {
	THEME_TITLE = MARK_ROLE_COUNT,	/* a report's title over its pane */
	THEME_SOURCE,		/* its file, under the title */
	THEME_RULE,		/* the line between the panes */
	THEME_GUTTER,		/* a partner's number */
	THEME_CURRENT,		/* the passage in focus, in the gutter */
	THEME_HEADLINE,		/* headline paragraphs */
	THEME_MATCH,		/* a search match */
	THEME_STATUS,		/* the status line */
	THEME_ERROR,		/* a message that something failed */
	THEME_DELETED,		/* word diff: the left report's words */
	THEME_INSERTED,		/* word diff: the right report's words */
	THEME_ROLE_COUNT
};

/* Set the theme up once curses runs: colours if the terminal has them
 * and NO_COLOR is not set, else attributes only. */
void theme_init(void);

/* Whether colours are in use. */
bool theme_has_colour(void);

/* The attributes (colour pair included) of a role. */
attr_t theme_attr(int role);

#endif
