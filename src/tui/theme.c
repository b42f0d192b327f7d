/* theme.c - the reader's colours and their monochrome fallback. */
#include "theme.h"

#include <stdlib.h>
#include <term.h>

struct theme_row {
	short fg, bg;		/* curses colours; -1 the terminal's own */
	attr_t attr;		/* with colours */
	attr_t mono;		/* without */
};

/* The reader's own rows; marks come from mark_style(). */
static const struct theme_row ui_rows[THEME_ROLE_COUNT - MARK_ROLE_COUNT] = {
	[THEME_TITLE - MARK_ROLE_COUNT] = { -1, -1, A_BOLD, A_BOLD },
	[THEME_SOURCE - MARK_ROLE_COUNT] = { COLOR_CYAN, -1, 0, A_DIM },
	[THEME_RULE - MARK_ROLE_COUNT] = { COLOR_BLUE, -1, 0, A_DIM },
	[THEME_GUTTER - MARK_ROLE_COUNT] = { COLOR_BLUE, -1, 0, A_DIM },
	/* White on blue: readable on a dark and on a light background. */
	[THEME_CURRENT - MARK_ROLE_COUNT] = { COLOR_WHITE, COLOR_BLUE, A_BOLD,
	                                      A_BOLD | A_REVERSE },
	[THEME_HEADLINE - MARK_ROLE_COUNT] = { -1, -1, A_BOLD, A_BOLD },
	[THEME_MATCH - MARK_ROLE_COUNT] = { -1, -1, A_REVERSE | A_UNDERLINE,
	                                    A_REVERSE | A_BOLD | A_UNDERLINE },
	[THEME_STATUS - MARK_ROLE_COUNT] = { -1, -1, A_REVERSE, A_REVERSE },
	[THEME_ERROR - MARK_ROLE_COUNT] = { COLOR_WHITE, COLOR_RED, A_BOLD,
	                                    A_REVERSE | A_BOLD },
	/* Word diff: red and green as diff tools show them, underlined so
	 * they stand apart from phrases (green) and a differing figure (on
	 * red); without colours, dim and bold on reverse, which no fact
	 * uses. */
	[THEME_DELETED - MARK_ROLE_COUNT] = { COLOR_RED, -1,
	                                      A_BOLD | A_UNDERLINE,
	                                      A_REVERSE | A_DIM },
	[THEME_INSERTED - MARK_ROLE_COUNT] = { COLOR_GREEN, -1,
	                                       A_BOLD | A_UNDERLINE,
	                                       A_REVERSE | A_UNDERLINE },
};

static attr_t attrs[THEME_ROLE_COUNT];
static bool colour;
static attr_t italic = A_ITALIC;	/* or what stands in for it */

static attr_t
mark_attrs(unsigned a)
{
	return ((a & MARK_BOLD) ? A_BOLD : 0) |
	       ((a & MARK_UNDERLINE) ? A_UNDERLINE : 0) |
	       ((a & MARK_REVERSE) ? A_REVERSE : 0) |
	       ((a & MARK_DIM) ? A_DIM : 0) |
	       ((a & MARK_ITALIC) ? italic : 0);
}

static struct theme_row
row_of(int role)
{
	struct theme_row r;

	if (role >= MARK_ROLE_COUNT)
		return ui_rows[role - MARK_ROLE_COUNT];
	r.fg = (short)mark_style(role)->fg;	/* numbered as curses */
	r.bg = (short)mark_style(role)->bg;
	r.attr = mark_attrs(mark_style(role)->attr);
	r.mono = mark_attrs(mark_style(role)->mono);
	return r;
}

void
theme_init(void)
{
	const char *no_colour = getenv("NO_COLOR");
	bool defaults = false;
	int role;

	const char *sitm = tigetstr("sitm");

	/* A terminal without italics shows quotations dim instead, so that
	 * they still look like nothing else. */
	italic = sitm != NULL && sitm != (char *)-1 ? A_ITALIC : A_DIM;
	colour = has_colors() && (no_colour == NULL || *no_colour == '\0');
	if (colour) {
		start_color();
		defaults = use_default_colors() == OK;
	}
	for (role = 0; role < THEME_ROLE_COUNT; role++) {
		struct theme_row r = row_of(role);

		if (!colour || role == MARK_NONE) {
			attrs[role] = colour ? r.attr : r.mono;
			continue;
		}
		if (r.fg == -1 && r.bg == -1) {
			attrs[role] = r.attr;
			continue;
		}
		if (!defaults) {	/* no "terminal's own": guess */
			r.fg = r.fg == -1 ? COLOR_WHITE : r.fg;
			r.bg = r.bg == -1 ? COLOR_BLACK : r.bg;
		}
		if (role < COLOR_PAIRS - 1 && init_pair((short)(role + 1), r.fg,
		                                        r.bg) == OK)
			attrs[role] = r.attr | COLOR_PAIR(role + 1);
		else
			attrs[role] = r.mono;
	}
}

bool
theme_has_colour(void)
{
	return colour;
}

attr_t
theme_attr(int role)
{
	return role >= 0 && role < THEME_ROLE_COUNT ? attrs[role] : 0;
}
