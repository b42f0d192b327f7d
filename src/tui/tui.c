/* tui.c - the reader's life: curses in and out, windows, the loop that
 * turns keys into moves of the view, prompts, help and export. */
#include "tui.h"

#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include <curses.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "export.h"
#include "keys.h"
#include "mem.h"
#include "pane.h"
#include "theme.h"
#include "view.h"

/* The smallest terminal with two readable panes: text at least this many
 * columns wide, and this many rows of it. */
#define MIN_TEXT 12
#define MIN_ROWS 3

/* Milliseconds a key is waited for before the loop looks at signals. */
#define KEY_WAIT 250

/* Rows one turn of the mouse wheel scrolls. */
#define WHEEL_ROWS 3

#define MSG_MAX 512
#define PROMPT_MAX 1024

enum { MSG_INFO, MSG_ERROR };

struct tui {
	struct compare *c;
	struct view v;
	WINDOW *pane[2], *rule, *status;
	int width[2];		/* of the pane windows */
	bool utf8;
	bool too_small;
	char msg[MSG_MAX];	/* shown instead of the status, once */
	int msg_kind;
};

/* The terminal's state, for tui_end() from anywhere. */
static SCREEN *screen;
static FILE *tty_in;
static bool active;
static volatile sig_atomic_t got_signal;
static FILE *timing;		/* NEWSDIFF_TIMING */

double
tui_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
tui_end(void)
{
	if (!active)
		return;
	active = false;
	curs_set(1);
	endwin();
}

static void
on_signal(int sig)
{
	got_signal = sig;
}

/* A crash: the terminal first, then die as the signal would have it. */
static void
on_crash(int sig)
{
	tui_end();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
catch_signals(void)
{
	static const int quit[] = { SIGINT, SIGTERM, SIGHUP };
	static const int crash[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;	/* no SA_RESTART: a read returns */
	for (i = 0; i < sizeof quit / sizeof *quit; i++)
		sigaction(quit[i], &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof crash / sizeof *crash; i++)
		sigaction(crash[i], &sa, NULL);
}

static void
message(struct tui *t, int kind, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

static void
message(struct tui *t, int kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->msg_kind = kind;
}

/* ---- windows ------------------------------------------------------- */

static void
free_windows(struct tui *t)
{
	int s;

	for (s = 0; s < 2; s++)
		if (t->pane[s]) {
			delwin(t->pane[s]);
			t->pane[s] = NULL;
		}
	if (t->rule)
		delwin(t->rule);
	if (t->status)
		delwin(t->status);
	t->rule = t->status = NULL;
}

/* Windows for the terminal's present size, and the view laid out to
 * them; too_small when two panes would not be readable. */
static void
make_windows(struct tui *t, bool first)
{
	int rows = LINES, cols = COLS, lw, rw, height, tl, tr;

	free_windows(t);
	lw = (cols - 1) / 2;
	rw = cols - 1 - lw;
	height = rows - PANE_HEAD - 1;
	t->width[SIDE_LEFT] = lw;
	t->width[SIDE_RIGHT] = rw;
	tl = lw - pane_gutter(t->c->right) - 1;
	tr = rw - pane_gutter(t->c->left) - 1;
	t->too_small = height < MIN_ROWS || tl < MIN_TEXT || tr < MIN_TEXT;
	if (t->too_small) {
		height = height < MIN_ROWS ? MIN_ROWS : height;
		tl = tl < MIN_TEXT ? MIN_TEXT : tl;
		tr = tr < MIN_TEXT ? MIN_TEXT : tr;
	}
	if (first)
		view_init(&t->v, t->c, (unsigned)tl, (unsigned)tr,
		          (size_t)height);
	else
		view_resize(&t->v, (unsigned)tl, (unsigned)tr, (size_t)height);
	/* The status window takes the keys, even when too small. */
	t->status = newwin(1, cols > 0 ? cols : 1, rows > 0 ? rows - 1 : 0, 0);
	keypad(t->status, TRUE);
	wtimeout(t->status, KEY_WAIT);
	if (t->too_small)
		return;
	t->pane[SIDE_LEFT] = newwin(rows - 1, lw, 0, 0);
	t->rule = newwin(rows - 1, 1, 0, lw);
	t->pane[SIDE_RIGHT] = newwin(rows - 1, rw, 0, lw + 1);
}

/* ---- painting ------------------------------------------------------ */

static void
paint_too_small(struct tui *t)
{
	char need[64];
	int n, y = LINES / 2 > 0 ? LINES / 2 - 1 : 0;
	int cols = 2 * (MIN_TEXT + 1) + 1 + pane_gutter(t->c->left) +
	           pane_gutter(t->c->right);
	static const char msg[] = "terminal too small";

	werase(stdscr);
	mvaddnstr(y, COLS > (int)sizeof msg ? (COLS - (int)sizeof msg + 1) / 2 : 0,
	          msg, COLS);
	n = snprintf(need, sizeof need, "%dx%d, needs %dx%d", COLS, LINES, cols,
	             MIN_ROWS + PANE_HEAD + 1);
	mvaddnstr(y + 1, COLS > n ? (COLS - n) / 2 : 0, need, COLS);
	wnoutrefresh(stdscr);
}

static void
paint_status(struct tui *t)
{
	WINDOW *w = t->status;
	int cols = getmaxx(w), used;
	char buf[MSG_MAX];
	const char *right = t->v.lead == SIDE_LEFT ? "left leads  ? help "
	                                           : "right leads  ? help ";
	int rlen = (int)strlen(right);

	wbkgdset(w, ' ' | theme_attr(THEME_STATUS));
	werase(w);
	wmove(w, 0, 0);
	if (t->msg[0] != '\0') {
		used = pane_text(w, t->msg, strlen(t->msg),
		                 theme_attr(t->msg_kind == MSG_ERROR ? THEME_ERROR
		                                                     : THEME_STATUS),
		                 cols, t->utf8);
	} else {
		view_status(&t->v, buf, sizeof buf);
		used = pane_text(w, buf, strlen(buf), theme_attr(THEME_STATUS),
		                 cols, t->utf8);
	}
	if (used + 2 + rlen <= cols) {
		wmove(w, 0, cols - rlen);
		pane_text(w, right, (size_t)rlen, theme_attr(THEME_STATUS), rlen,
		          t->utf8);
	}
	wnoutrefresh(w);
}

static void
paint(struct tui *t)
{
	int s;

	if (t->too_small) {
		paint_too_small(t);
		wnoutrefresh(t->status);
		doupdate();
		return;
	}
	for (s = 0; s < 2; s++) {
		pane_paint(t->pane[s], &t->v, (enum side)s, t->utf8);
		wnoutrefresh(t->pane[s]);
	}
	werase(t->rule);
	wattrset(t->rule, theme_attr(THEME_RULE));
	mvwvline(t->rule, 0, 0, ACS_VLINE, getmaxy(t->rule));
	wnoutrefresh(t->rule);
	paint_status(t);
	doupdate();
}

/* ---- prompts ------------------------------------------------------- */

static void relayout(struct tui *t);

/* Read a line on the status row after label into buf (UTF-8), which
 * holds the default.  False when cancelled (Esc, Ctrl-C, Ctrl-G). */
static bool
prompt(struct tui *t, const char *label, char *buf, size_t size)
{
	size_t len = strlen(buf);

	curs_set(1);
	for (;;) {
		wint_t ch;
		int r, cols = getmaxx(t->status), used;
		size_t show = 0;

		if (got_signal)
			break;
		wbkgdset(t->status, ' ' | theme_attr(THEME_STATUS));
		werase(t->status);
		wmove(t->status, 0, 0);
		used = pane_text(t->status, label, strlen(label),
		                 theme_attr(THEME_STATUS), cols, t->utf8);
		/* The end of a long entry shows. */
		while (show < len &&
		       (int)(len - show) > cols - used - 1)
			show++;
		while (show < len && ((uint8_t)buf[show] & 0xC0) == 0x80)
			show++;
		pane_text(t->status, buf + show, len - show,
		          theme_attr(THEME_STATUS), cols - used - 1, t->utf8);
		wrefresh(t->status);
		r = wget_wch(t->status, &ch);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_RESIZE) {
				relayout(t);
				paint(t);
				curs_set(1);
			} else if (ch == KEY_BACKSPACE && len > 0) {
				while (len > 0 && ((uint8_t)buf[--len] & 0xC0) == 0x80)
					;
				buf[len] = '\0';
			} else if (ch == KEY_ENTER) {
				curs_set(0);
				return true;
			}
			continue;
		}
		if (ch == '\n' || ch == '\r') {
			curs_set(0);
			return true;
		}
		if (ch == 27 || ch == 3 || ch == 7)	/* Esc, ^C, ^G */
			break;
		if (ch == 127 || ch == 8) {
			while (len > 0 && ((uint8_t)buf[--len] & 0xC0) == 0x80)
				;
			buf[len] = '\0';
		} else if (ch == 21) {			/* ^U */
			len = 0;
			buf[0] = '\0';
		} else if (ch == 23) {			/* ^W */
			while (len > 0 && buf[len - 1] == ' ')
				len--;
			while (len > 0 && buf[len - 1] != ' ' &&
			       buf[len - 1] != '/')
				len--;
			buf[len] = '\0';
		} else if (ch >= 0x20) {
			char mb[8];
			int n = (int)wcrtomb(mb, (wchar_t)ch, NULL);

			if (n > 0 && len + (size_t)n < size) {
				memcpy(buf + len, mb, (size_t)n);
				len += (size_t)n;
				buf[len] = '\0';
			}
		}
	}
	curs_set(0);
	return false;
}

/* ---- actions ------------------------------------------------------- */

static void
relayout(struct tui *t)
{
	make_windows(t, false);
	clearok(curscr, TRUE);
}

static void
search(struct tui *t)
{
	char pat[PROMPT_MAX] = "";
	const char *side = t->v.lead == SIDE_LEFT ? "left" : "right";
	bool wrapped;

	if (!prompt(t, "/", pat, sizeof pat))
		return;
	view_search(&t->v, pat);
	if (pat[0] == '\0')
		return;
	if (t->v.count[0] + t->v.count[1] == 0) {
		message(t, MSG_ERROR, "not found: %s", pat);
		return;
	}
	if (!view_search_next(&t->v, 1, &wrapped)) {
		message(t, MSG_INFO, "%s: none in the %s report, %zu in the "
		        "other (Tab to lead with it)", pat, side,
		        t->v.count[t->v.lead == SIDE_LEFT]);
		return;
	}
	message(t, MSG_INFO, "%s: %zu in the left report, %zu in the right; "
	        ". next  , previous", pat, t->v.count[SIDE_LEFT],
	        t->v.count[SIDE_RIGHT]);
}

static void
next_match(struct tui *t, int dir)
{
	bool wrapped;

	if (t->v.pattern == NULL) {
		message(t, MSG_INFO, "no search yet: / searches");
		return;
	}
	if (!view_search_next(&t->v, dir, &wrapped))
		message(t, MSG_ERROR, "%s: none in the %s report", t->v.pattern,
		        t->v.lead == SIDE_LEFT ? "left" : "right");
	else if (wrapped)
		message(t, MSG_INFO, "search went round to the %s",
		        dir > 0 ? "top" : "bottom");
}

/* The file name part of path, without its extension, into buf. */
static void
stem(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);

	if (strcmp(path, "-") == 0) {
		snprintf(buf, size, "stdin");
		return;
	}
	snprintf(buf, size, "%.*s", (int)n, base);
}

static void
export_prompt(struct tui *t)
{
	char name[PROMPT_MAX], path[PROMPT_MAX + 256], l[256], r[256];
	const char *home = getenv("HOME");
	enum export_format fmt;
	enum rc rc;

	stem(t->c->left->path, l, sizeof l);
	stem(t->c->right->path, r, sizeof r);
	snprintf(name, sizeof name, "%s-vs-%s.html", l, r);
	if (!prompt(t, "export to (.html .md .txt .json): ", name, sizeof name)
	    || name[0] == '\0')
		return;
	if (name[0] == '~' && name[1] == '/' && home != NULL)
		snprintf(path, sizeof path, "%s%s", home, name + 1);
	else
		snprintf(path, sizeof path, "%s", name);
	if (!export_format_from_path(path, &fmt)) {
		message(t, MSG_ERROR, "%s: name the format by the extension: "
		        ".html, .md, .txt or .json", name);
		return;
	}
	rc = export_file(path, fmt, t->c);
	if (rc == RC_OK)
		message(t, MSG_INFO, "exported %s to %s", export_format_str(fmt),
		        name);
	else
		message(t, MSG_ERROR, "%s: %s", name,
		        rc == RC_IO ? strerror(errno) : rc_str(rc));
}

static void
help(struct tui *t)
{
	size_t n = keys_help_count(), i;
	int h = (int)n + MARK_LEGEND_COUNT + 6, w = 64, y, x;
	char line[128];
	WINDOW *win;

	if (h > LINES)
		h = LINES;
	if (w > COLS)
		w = COLS;
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	win = newwin(h, w, y, x);
	if (win == NULL)
		return;
	wbkgd(win, ' ');
	werase(win);
	box(win, 0, 0);
	mvwaddstr(win, 0, 2, " newsdiff keys ");
	for (i = 0; i < n && (int)i + 1 < h - 1; i++) {
		keys_help_line(i, line, sizeof line);
		wmove(win, (int)i + 1, 1);
		pane_text(win, line, strlen(line), A_NORMAL, w - 2, t->utf8);
	}
	for (i = 0; i < MARK_LEGEND_COUNT && (int)(n + i) + 2 < h - 1; i++) {
		const struct mark_style *st = mark_style(mark_legend[i]);

		wmove(win, (int)(n + i) + 2, 3);
		pane_text(win, st->legend, strlen(st->legend),
		          theme_attr(mark_legend[i]), w - 4, t->utf8);
	}
	if ((int)(n + MARK_LEGEND_COUNT) + 3 < h - 1)
		mvwaddstr(win, h - 2, 3, "any key closes this help");
	wrefresh(win);
	while (!got_signal && wgetch(win) == ERR)
		;
	delwin(win);
	touchwin(stdscr);
	if (!t->too_small) {
		touchwin(t->pane[0]);
		touchwin(t->pane[1]);
		touchwin(t->rule);
	}
}

static void
mouse(struct tui *t)
{
	MEVENT ev;
	enum side side;

	if (getmouse(&ev) != OK || t->too_small)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		view_scroll(&t->v, -WHEEL_ROWS);
		return;
	}
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED) {
		view_scroll(&t->v, WHEEL_ROWS);
		return;
	}
#endif
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return;
	if (ev.x == t->width[SIDE_LEFT])
		return;		/* the rule */
	side = ev.x < t->width[SIDE_LEFT] ? SIDE_LEFT : SIDE_RIGHT;
	if (ev.y >= PANE_HEAD && ev.y < PANE_HEAD + (int)t->v.height)
		view_click(&t->v, side, (size_t)(ev.y - PANE_HEAD));
}

/* What a key does; false to quit. */
static bool
act(struct tui *t, enum action a)
{
	long page = t->v.height > 2 ? (long)t->v.height - 2 : 1;

	if (t->too_small && a != ACT_QUIT && a != ACT_REDRAW)
		return true;
	switch (a) {
	case ACT_NONE:
		break;
	case ACT_DOWN:
		view_scroll(&t->v, 1);
		break;
	case ACT_UP:
		view_scroll(&t->v, -1);
		break;
	case ACT_PAGE_DOWN:
		view_scroll(&t->v, page);
		break;
	case ACT_PAGE_UP:
		view_scroll(&t->v, -page);
		break;
	case ACT_HOME:
		view_home(&t->v);
		break;
	case ACT_END:
		view_end(&t->v);
		break;
	case ACT_NEXT:
	case ACT_PREV:
		if (!view_passage(&t->v, a == ACT_NEXT ? 1 : -1))
			message(t, MSG_INFO, t->v.ngroup == 0
			        ? "no passages aligned"
			        : a == ACT_NEXT ? "no passage after this one"
			                        : "no passage before this one");
		break;
	case ACT_NEXT_DIFFER:
	case ACT_PREV_DIFFER:
		if (!view_differ(&t->v, a == ACT_NEXT_DIFFER ? 1 : -1))
			message(t, MSG_INFO, "no passage with differing figures "
			        "%s", a == ACT_NEXT_DIFFER ? "after this one"
			                                   : "before this one");
		break;
	case ACT_SWITCH:
		view_switch_lead(&t->v);
		message(t, MSG_INFO, "the %s report leads",
		        t->v.lead == SIDE_LEFT ? "left" : "right");
		break;
	case ACT_SEARCH:
		search(t);
		break;
	case ACT_MATCH_NEXT:
	case ACT_MATCH_PREV:
		next_match(t, a == ACT_MATCH_NEXT ? 1 : -1);
		break;
	case ACT_HIDDEN:
		view_toggle_hidden(&t->v);
		message(t, MSG_INFO, "boilerplate %s",
		        t->v.pane[0].show_hidden ? "shown" : "hidden");
		break;
	case ACT_EXPORT:
		export_prompt(t);
		break;
	case ACT_HELP:
		help(t);
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	case ACT_QUIT:
		return false;
	}
	return true;
}

/* The first diagnostics of each report, for the status line. */
static void
diag_message(struct tui *t)
{
	const struct article *a[2] = { t->c->left, t->c->right };
	int s;

	for (s = 0; s < 2; s++) {
		const struct diag_list *d = &a[s]->diags;
		size_t more = d->n - 1 + d->dropped;

		if (d->n == 0)
			continue;
		if (d->v[0].line > 0)
			message(t, MSG_ERROR, "%s: line %zu: %s%s", a[s]->label,
			        d->v[0].line, d->v[0].msg,
			        more ? " (more on standard error)" : "");
		else
			message(t, MSG_ERROR, "%s: %s%s", a[s]->label,
			        d->v[0].msg,
			        more ? " (more on standard error)" : "");
		return;
	}
}

/* ---- life ---------------------------------------------------------- */

/* Whether the terminal can show the reader: known, and able to move the
 * cursor. */
static bool
usable_terminal(void)
{
	int err = 0;
	char *cup;
	bool ok;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

int
tui_run(struct compare *c, const struct tui_opts *o)
{
	static bool registered;
	struct tui t;
	FILE *in = stdin;
	int sig, ch;

	if (!usable_terminal())
		return TUI_NO_TERMINAL;
	if (!isatty(STDIN_FILENO)) {
		/* A report came on standard input: keys come from the
		 * terminal itself. */
		tty_in = fopen("/dev/tty", "r");
		if (tty_in == NULL)
			return TUI_NO_TERMINAL;
		in = tty_in;
	}
	memset(&t, 0, sizeof t);
	t.c = c;
	t.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	catch_signals();
	if (!registered) {
		atexit(tui_end);
		registered = true;
	}
	mem_set_fatal_hook(tui_end);

	screen = newterm(NULL, stdout, in);
	if (screen == NULL) {
		if (tty_in)
			fclose(tty_in);
		tty_in = NULL;
		return TUI_NO_TERMINAL;
	}
	active = true;
	cbreak();
	noecho();
	nonl();
	curs_set(0);
	set_escdelay(25);
	theme_init();
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	          | BUTTON5_PRESSED
#endif
	          , NULL);
	mouseinterval(0);
	if (o->timing != NULL && (timing = fopen(o->timing, "a")) != NULL)
		setvbuf(timing, NULL, _IOLBF, 0);
	make_windows(&t, true);
	diag_message(&t);
	paint(&t);
	if (timing != NULL)
		fprintf(timing, "first-screen %.3f ms\n",
		        (tui_clock() - o->start) * 1e3);
	t.msg[0] = '\0';
	while (!o->once && !got_signal) {
		double t0;

		ch = wgetch(t.status);
		if (ch == ERR)
			continue;
		t0 = tui_clock();
		if (ch == KEY_RESIZE) {
			relayout(&t);
		} else if (ch == KEY_MOUSE) {
			mouse(&t);
		} else if (!act(&t, keys_action(ch))) {
			break;
		}
		paint(&t);
		if (timing != NULL)
			fprintf(timing, "key %s %.3f ms\n",
			        ch == ' ' ? "Space" : keyname(ch),
			        (tui_clock() - t0) * 1e3);
		t.msg[0] = '\0';
	}
	if (timing != NULL) {
		fclose(timing);
		timing = NULL;
	}
	sig = got_signal;
	free_windows(&t);
	view_fini(&t.v);
	pane_fini();
	tui_end();
	delscreen(screen);
	screen = NULL;
	if (tty_in) {
		fclose(tty_in);
		tty_in = NULL;
	}
	mem_set_fatal_hook(NULL);
	if (sig) {
		signal(sig, SIG_DFL);
		raise(sig);
	}
	return 0;
}
