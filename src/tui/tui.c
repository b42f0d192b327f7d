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
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <term.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "align.h"
#include "article.h"
#include "board.h"
#include "compare.h"
#include "revision.h"
#include "export.h"
#include "keys.h"
#include "ledger.h"
#include "mem.h"
#include "pane.h"
#include "theme.h"
#include "ustr.h"
#include "view.h"

/* The smallest terminal with two readable panes: text at least this many
 * columns wide, and this many rows of it. */
#define MIN_TEXT 12
#define MIN_ROWS 3

/* Milliseconds a key is waited for before the loop looks at signals. */
#define KEY_WAIT 250

/* Rows one turn of the mouse wheel scrolls. */
#define WHEEL_ROWS 3

/* A size the environment (LINES, COLUMNS) may give when the terminal
 * cannot say its own: beyond it, a typing slip would cost gigabytes of
 * screen copies. */
#define ENV_MAX_COLS 1000
#define ENV_MAX_ROWS 500

/* How long the comparison runs before a line says it is running. */
#define PROGRESS_DELAY_US 400000

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
	/* The ledger (built when first asked for), its selected row, and
	 * the disagreements counted for the status line. */
	struct ledger *ledger;
	size_t ledger_sel;
	char disagree[64];
	size_t changes_sel;	/* the change selected in its list */
};

/* The terminal's state, for tui_end() from anywhere. */
static SCREEN *screen;
static FILE *tty_in;
static bool active;
static volatile sig_atomic_t got_signal;
static FILE *timing;		/* NEWSDIFF_TIMING */
static char why[160];		/* why the reader could not start */

/* What puts the terminal back as it was, written from a signal handler
 * where curses cannot run: attributes off, mouse tracking off, keypad
 * and cursor back, out of the alternate screen; and the terminal's
 * modes. */
static char reset_seq[256];
static size_t reset_len;
static struct termios saved_modes;
static int modes_fd = -1;

/* Signals whose default action ends the process, caught so that the
 * reader ends cleanly: the loop sees the flag, restores the terminal and
 * raises the signal again.  SIGQUIT is ignored, as less does. */
static const int quit_signals[] = {
	SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
	SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
#ifdef SIGIO
	SIGIO,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
};

/* Faults: the process cannot go on, so the terminal is restored in the
 * handler itself, with async-signal-safe calls only. */
static const int crash_signals[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS,
};

/* The dispositions before the reader, put back after it. */
static struct sigaction saved_actions[NSIG];
static bool saved[NSIG];

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

/* A crash: the terminal first, with what was prepared for it, then die as
 * the signal would have it (SA_RESETHAND made the action the default; the
 * signal, blocked in here, arrives as the handler returns). */
static void
on_crash(int sig)
{
	int saved_errno = errno;

	if (active) {
		ssize_t r = write(STDOUT_FILENO, reset_seq, reset_len);

		(void)r;
		if (modes_fd >= 0)
			tcsetattr(modes_fd, TCSANOW, &saved_modes);
	}
	raise(sig);
	errno = saved_errno;
}

/* Catch sig with handler, unless it was ignored when the program
 * started (under nohup, say): then it stays ignored. */
static void
catch_one(int sig, void (*handler)(int), int flags)
{
	struct sigaction sa, now;

	if (sig <= 0 || sig >= NSIG)
		return;
	if (sigaction(sig, NULL, &now) == 0 && now.sa_handler == SIG_IGN)
		return;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = handler;
	sa.sa_flags = flags;
	if (sigaction(sig, &sa, saved[sig] ? NULL : &saved_actions[sig]) == 0)
		saved[sig] = true;
}

static void
catch_signals(void)
{
	size_t i;
	int sig;

	/* No SA_RESTART: a read returns, and the loop sees the flag. */
	for (i = 0; i < sizeof quit_signals / sizeof *quit_signals; i++)
		catch_one(quit_signals[i], on_signal, 0);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		catch_one(sig, on_signal, 0);
#endif
	for (i = 0; i < sizeof crash_signals / sizeof *crash_signals; i++)
		catch_one(crash_signals[i], on_crash, SA_RESETHAND);
	catch_one(SIGQUIT, SIG_IGN, 0);
	(void)sig;
}

static void
release_signals(void)
{
	int sig;

	for (sig = 1; sig < NSIG; sig++)
		if (saved[sig]) {
			sigaction(sig, &saved_actions[sig], NULL);
			saved[sig] = false;
		}
}

/* Append terminfo capability name to the reset sequence, without its
 * padding ("$<5>"), which only a delay routine understands. */
static void
reset_add(const char *name)
{
	const char *c = tigetstr(name);

	if (c == NULL || c == (char *)-1)
		return;
	for (; *c != '\0' && reset_len < sizeof reset_seq; c++) {
		if (c[0] == '$' && c[1] == '<' && strchr(c, '>') != NULL) {
			c = strchr(c, '>');
			continue;
		}
		reset_seq[reset_len++] = *c;
	}
}

/* Prepare what on_crash() writes: the reverse of what the reader set. */
static void
prepare_reset(void)
{
	static const char mouse_off[] = "\033[?1006l\033[?1002l\033[?1000l";
	const char *km = tigetstr("kmous");

	reset_len = 0;
	reset_add("sgr0");
	if (km != NULL && km != (char *)-1 &&
	    reset_len + sizeof mouse_off - 1 <= sizeof reset_seq) {
		memcpy(reset_seq + reset_len, mouse_off, sizeof mouse_off - 1);
		reset_len += sizeof mouse_off - 1;
	}
	reset_add("rmkx");
	reset_add("cnorm");
	reset_add("rmcup");
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
	tl = lw - pane_gutter(t->c->left, t->c->right) - 1;
	tr = rw - pane_gutter(t->c->right, t->c->left) - 1;
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
	int cols = 2 * (MIN_TEXT + 1) + 1 +
	           pane_gutter(t->c->left, t->c->right) +
	           pane_gutter(t->c->right, t->c->left);
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
		int dlen = (int)ustr_width((const uint8_t *)t->disagree,
		                           strlen(t->disagree));

		wmove(w, 0, cols - rlen);
		pane_text(w, right, (size_t)rlen, theme_attr(THEME_STATUS), rlen,
		          t->utf8);
		/* The disagreements of the whole comparison, where they fit. */
		if (dlen > 0 && used + 2 + dlen + 2 + rlen <= cols) {
			wmove(w, 0, cols - rlen - 2 - dlen);
			pane_text(w, t->disagree, strlen(t->disagree),
			          theme_attr(THEME_STATUS), dlen, t->utf8);
		}
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

/* Whether s (n > 0 bytes) starts with a byte that is not part of a
 * UTF-8 character; *k gets the length of what starts there. */
static bool
is_bad_byte(const uint8_t *s, size_t n, size_t *k)
{
	uint32_t cp;

	*k = ustr_decode(s, n, &cp);
	return cp == USTR_REPLACEMENT &&
	       !(*k == 3 && memcmp(s, "\xef\xbf\xbd", 3) == 0);
}

/* How an entry shows: its characters, and each byte that is not part of
 * one as <E9>, as less shows it. */
static size_t
shown_entry(const char *buf, size_t len, char *out, size_t size)
{
	const uint8_t *s = (const uint8_t *)buf;
	size_t i = 0, n = 0, k;

	while (i < len && n + 5 < size) {
		if (is_bad_byte(s + i, len - i, &k)) {
			n += (size_t)snprintf(out + n, size - n, "<%02X>",
			                      s[i]);
			i++;
			continue;
		}
		memcpy(out + n, s + i, k);
		n += k;
		i += k;
	}
	out[n] = '\0';
	return n;
}

/* Paint the prompt: label, then as much of the end of the entry as
 * fits, and the cursor after it. */
static void
paint_prompt(struct tui *t, const char *label, const char *buf, size_t len)
{
	char show[PROMPT_MAX * 4 + 8];
	size_t n = shown_entry(buf, len, show, sizeof show), from = 0;
	int cols = getmaxx(t->status), used;

	wbkgdset(t->status, ' ' | theme_attr(THEME_STATUS));
	werase(t->status);
	wmove(t->status, 0, 0);
	used = pane_text(t->status, label, strlen(label),
	                 theme_attr(THEME_STATUS), cols, t->utf8);
	/* The end of a long entry shows. */
	while (from < n && (int)ustr_width((const uint8_t *)show + from,
	                                   n - from) > cols - used - 1) {
		from++;
		while (from < n && ((uint8_t)show[from] & 0xC0) == 0x80)
			from++;
	}
	pane_text(t->status, show + from, n - from, theme_attr(THEME_STATUS),
	          cols - used - 1, t->utf8);
	wrefresh(t->status);
}

/* Remove the last character of buf, or its last byte when that is not
 * part of a character. */
static size_t
erase_last(char *buf, size_t len)
{
	size_t at = len, k;

	if (len == 0)
		return 0;
	while (at > 0 && len - at < 4 && ((uint8_t)buf[at - 1] & 0xC0) == 0x80)
		at--;
	if (at > 0 && len - at < 4)
		at--;
	if (is_bad_byte((const uint8_t *)buf + at, len - at, &k) ||
	    k != len - at)
		at = len - 1;
	buf[at] = '\0';
	return at;
}

/* Read a line on the status row after label into buf, which holds the
 * default.  Keys come byte by byte: the bytes of a character are put
 * together here, so that one that is not UTF-8 is kept as a byte (and
 * shown as <E9>) and Enter still ends the line.  False when cancelled
 * (Esc, Ctrl-C, Ctrl-G). */
static bool
prompt(struct tui *t, const char *label, char *buf, size_t size)
{
	size_t len = strlen(buf);
	uint8_t pend[4];
	size_t npend = 0, need = 0;
	bool done = false;

	curs_set(1);
	while (!got_signal) {
		bool whole;
		int ch;

		/* A character still being typed shows as its bytes. */
		memcpy(buf + len, pend, npend);
		paint_prompt(t, label, buf, len + npend);
		buf[len] = '\0';
		ch = wgetch(t->status);
		if (ch == ERR)
			continue;
		whole = false;
		if (npend > 0 && ch >= 0x80 && ch <= 0xBF) {
			pend[npend++] = (uint8_t)ch;
			if (npend < need)
				continue;
			whole = true;
		}
		/* A character whole, or cut short: its bytes are kept. */
		if (npend > 0) {
			if (len + npend < size) {
				memcpy(buf + len, pend, npend);
				len += npend;
				buf[len] = '\0';
			}
			npend = 0;
			if (whole)
				continue;
		}
		if (ch == KEY_RESIZE) {
			relayout(t);
			paint(t);
			curs_set(1);
		} else if (ch == KEY_BACKSPACE || ch == 127 || ch == 8) {
			len = erase_last(buf, len);
		} else if (ch == KEY_ENTER || ch == '\n' || ch == '\r') {
			done = true;
			break;
		} else if (ch == 27 || ch == 3 || ch == 7) {	/* Esc ^C ^G */
			break;
		} else if (ch == 21) {				/* ^U */
			len = 0;
			buf[0] = '\0';
		} else if (ch == 23) {				/* ^W */
			while (len > 0 && buf[len - 1] == ' ')
				len--;
			while (len > 0 && buf[len - 1] != ' ' &&
			       buf[len - 1] != '/')
				len--;
			buf[len] = '\0';
		} else if (t->utf8 && ch >= 0xC2 && ch <= 0xF4) {
			pend[0] = (uint8_t)ch;
			npend = 1;
			need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
		} else if (ch >= 0x20 && ch <= 0xFF && ch != 0x7F &&
		           len + 1 < size) {
			buf[len++] = (char)ch;
			buf[len] = '\0';
		}
	}
	curs_set(0);
	return done;
}

/* Ask a yes-or-no question on the status row; only y says yes. */
static bool
ask(struct tui *t, const char *question)
{
	for (;;) {
		int ch;

		if (got_signal)
			return false;
		wbkgdset(t->status, ' ' | theme_attr(THEME_STATUS));
		werase(t->status);
		wmove(t->status, 0, 0);
		pane_text(t->status, question, strlen(question),
		          theme_attr(THEME_STATUS), getmaxx(t->status),
		          t->utf8);
		curs_set(1);
		wrefresh(t->status);
		ch = wgetch(t->status);
		if (ch == ERR)
			continue;
		if (ch == KEY_RESIZE) {
			relayout(t);
			paint(t);
			continue;
		}
		curs_set(0);
		return ch == 'y' || ch == 'Y';
	}
}

/* ---- actions ------------------------------------------------------- */

static void
relayout(struct tui *t)
{
	make_windows(t, false);
	clearok(curscr, TRUE);
}

/* Ctrl-L: the screen drawn afresh, at the size the terminal has now
 * (even if word of a resize was lost). */
static void
redraw(struct tui *t)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && (ws.ws_row != LINES || ws.ws_col != COLS))
		resizeterm(ws.ws_row, ws.ws_col);
	relayout(t);
}

static const char *
side_name(enum side s)
{
	return s == SIDE_LEFT ? "left" : "right";
}

/* Where the search stands: "match 2 of 9 in the left report (4 in the
 * right)". */
static void
match_message(struct tui *t, const char *extra)
{
	enum side lead = t->v.lead, other = lead == SIDE_LEFT ? SIDE_RIGHT
	                                                          : SIDE_LEFT;

	message(t, MSG_INFO, "%s: match %zu of %zu in the %s report (%zu in "
	        "the %s)%s", t->v.pattern, view_match_rank(&t->v),
	        t->v.count[lead], side_name(lead), t->v.count[other],
	        side_name(other), extra);
}

static void
search(struct tui *t)
{
	char pat[PROMPT_MAX] = "", show[PROMPT_MAX * 4 + 8];
	bool wrapped;

	if (!prompt(t, "/", pat, sizeof pat))
		return;
	if (pat[0] == '\0') {
		if (t->v.pattern != NULL)
			message(t, MSG_INFO, "search ended: n and N move by "
			        "passage again");
		view_search(&t->v, NULL);
		return;
	}
	view_search(&t->v, pat);
	shown_entry(pat, strlen(pat), show, sizeof show);
	if (t->v.count[0] + t->v.count[1] == 0) {
		message(t, MSG_ERROR, "not found: %s", show);
		view_search(&t->v, NULL);
		return;
	}
	if (!view_search_next(&t->v, 1, &wrapped)) {
		message(t, MSG_INFO, "%s: none in the %s report, %zu in the "
		        "other (Tab to lead with it)", show,
		        side_name(t->v.lead),
		        t->v.count[t->v.lead == SIDE_LEFT]);
		return;
	}
	match_message(t, "; n next, N previous, / Enter ends");
}

static void
next_match(struct tui *t, int dir)
{
	bool wrapped;

	if (!view_search_next(&t->v, dir, &wrapped))
		message(t, MSG_ERROR, "%s: none in the %s report", t->v.pattern,
		        side_name(t->v.lead));
	else
		match_message(t, !wrapped ? ""
		              : dir > 0 ? "; went round to the top"
		                        : "; went round to the bottom");
}

/* The file name part of path, without its extension, into buf: what the
 * export's default name is made of. */
static void
base_name(const char *path, char *buf, size_t size)
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

/* Whether st is the file of report a. */
static bool
is_report(const struct stat *st, const struct article *a)
{
	struct stat ast;

	return strcmp(a->path, "-") != 0 && stat(a->path, &ast) == 0 &&
	       ast.st_dev == st->st_dev && ast.st_ino == st->st_ino;
}

/* Whether the export may go to path: a new file, or a regular file the
 * reader agrees to replace.  Anything else (a device, a pipe, a folder)
 * is never written from here. */
static bool
may_write(struct tui *t, const char *path, const char *name)
{
	char q[PROMPT_MAX + 64];
	struct stat st;

	if (stat(path, &st) != 0)
		return true;	/* new, or export_file() says why not */
	if (S_ISDIR(st.st_mode) || is_report(&st, t->c->left) ||
	    is_report(&st, t->c->right))
		return true;	/* export_file() refuses it, saying why */
	if (!S_ISREG(st.st_mode)) {
		message(t, MSG_ERROR, "%s: not a regular file; the reader "
		        "exports only to files", name);
		return false;
	}
	snprintf(q, sizeof q, "%s exists; replace it? (y/n) ", name);
	if (!ask(t, q)) {
		message(t, MSG_INFO, "not exported; %s is as it was", name);
		return false;
	}
	return true;
}

static void
export_prompt(struct tui *t)
{
	char name[PROMPT_MAX], path[PROMPT_MAX + 256], l[256], r[256];
	const char *home = getenv("HOME");
	enum export_format fmt;
	enum rc rc;

	base_name(t->c->left->path, l, sizeof l);
	base_name(t->c->right->path, r, sizeof r);
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
	if (!may_write(t, path, name))
		return;
	rc = export_file(path, fmt, t->c);
	if (rc == RC_OK)
		message(t, MSG_INFO, "exported %s to %s", export_format_str(fmt),
		        name);
	else
		message(t, MSG_ERROR, "%s: %s", name,
		        rc == RC_IO ? strerror(errno) : rc_str(rc));
}

/* The help's lines that explain the margin. */
static const char *const margin_help[] = {
	"In the margin, 3\xe2\x86\x92R12: paragraph 3 of this report stands",
	"beside paragraph 12 of the right (R) or left (L) one.",
};
#define MARGIN_HELP (sizeof margin_help / sizeof *margin_help)

/* Lines of the help: the keys, a blank, the margin, a blank, the marks
 * (each in its own look). */
#define HELP_LINES(nkeys) ((nkeys) + 1 + MARGIN_HELP + 1 + MARK_LEGEND_COUNT)

/* Put line i of the help at the cursor of win, in cols columns. */
static void
help_line(struct tui *t, WINDOW *win, size_t i, int cols)
{
	size_t n = keys_help_count();
	char line[128];

	if (i < n) {
		keys_help_line(i, line, sizeof line);
		pane_text(win, line, strlen(line), A_NORMAL, cols, t->utf8);
		return;
	}
	i -= n + 1;
	if (i < MARGIN_HELP) {
		waddstr(win, "  ");
		pane_text(win, margin_help[i], strlen(margin_help[i]), A_NORMAL,
		          cols - 2, t->utf8);
		return;
	}
	i -= MARGIN_HELP + 1;
	if (i < MARK_LEGEND_COUNT) {
		const struct mark_style *st = mark_style(mark_legend[i]);

		waddstr(win, "  ");
		pane_text(win, st->legend, strlen(st->legend),
		          theme_attr(mark_legend[i]), cols - 2, t->utf8);
	}
}

/* Paint the help over the reader, at the terminal's present size, from
 * line first; *more says whether lines are left below. */
static WINDOW *
help_window(struct tui *t, size_t first, bool *more)
{
	size_t total = HELP_LINES(keys_help_count()), i;
	int h = (int)total + 4, w = 68, y, rows;
	WINDOW *win;

	if (h > LINES)
		h = LINES;
	if (w > COLS)
		w = COLS;
	win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);
	if (win == NULL)
		return NULL;
	keypad(win, TRUE);
	wtimeout(win, KEY_WAIT);
	wbkgd(win, ' ');
	werase(win);
	box(win, 0, 0);
	mvwaddstr(win, 0, 2, " newsdiff keys ");
	rows = h - 3;		/* the box, and a row for what closes it */
	for (i = first, y = 1; i < total && y <= rows; i++, y++) {
		wmove(win, y, 1);
		help_line(t, win, i, w - 2);
	}
	*more = i < total;
	if (h >= 4)
		mvwaddnstr(win, h - 2, 3, *more ? "Space for more, any other "
		           "key closes this help" : "any key closes this help",
		           w - 4);
	wrefresh(win);
	return win;
}

/* The help, until a key other than Space while more is to come; a resize
 * lays the reader out again under it. */
static void
help(struct tui *t)
{
	size_t first = 0;
	bool more = false;
	WINDOW *win = help_window(t, first, &more);
	int ch;

	while (win != NULL && !got_signal) {
		ch = wgetch(win);
		if (ch == ERR)
			continue;
		if (ch == ' ' && more)
			first += (size_t)(getmaxy(win) - 3);
		else if (ch != KEY_RESIZE)
			break;
		delwin(win);
		if (ch == KEY_RESIZE) {
			relayout(t);
			paint(t);
		}
		win = help_window(t, first, &more);
	}
	if (win != NULL)
		delwin(win);
	touchwin(stdscr);
	touchwin(t->status);
	if (!t->too_small) {
		touchwin(t->pane[0]);
		touchwin(t->pane[1]);
		touchwin(t->rule);
	}
}

/* L: the ledger over the whole screen; a row chosen with Enter brings
 * its passages into view, side by side. */
static void
ledger_screen(struct tui *t)
{
	size_t row;
	bool chosen;

	if (t->ledger == NULL)
		t->ledger = ledger_new(t->c);
	chosen = board_run(t->c, t->ledger, t->utf8, &t->ledger_sel, &row);
	/* Lay out first: a new layout brings the passage in focus back
	 * into view, which would undo the placing below. */
	relayout(t);
	if (chosen) {
		const struct ledger_row *r = &t->ledger->row[row];
		enum side s = r->side[SIDE_LEFT].has ? SIDE_LEFT : SIDE_RIGHT;

		view_show(&t->v, s, r->side[s].span.para);
		/* Two passages (a figure paired across them): the other
		 * paragraph beside it, whatever its passage. */
		if (s == SIDE_LEFT && r->side[SIDE_RIGHT].has &&
		    compare_group_of(t->c, SIDE_RIGHT,
		                     r->side[SIDE_RIGHT].span.para) !=
		            compare_group_of(t->c, SIDE_LEFT,
		                             r->side[SIDE_LEFT].span.para))
			view_place(&t->v, SIDE_RIGHT,
			           r->side[SIDE_RIGHT].span.para);
		message(t, MSG_INFO, "%s %s: %s %zu", ledger_row_label(r),
		        ledger_kind_str(r->kind), side_name(s),
		        r->side[s].span.para + 1);
	}
}

/* What the status line says of two versions when their changes are not
 * shown. */
static void
versions_message(struct tui *t)
{
	size_t n = t->c->revisions->n;

	/* Within 80 columns. */
	message(t, MSG_INFO, "%zu change%s between the two versions (c lists "
	        "%s); w %s the changed words", n, n == 1 ? "" : "s",
	        n == 1 ? "it" : "them", t->v.word_diff ? "hides" : "marks");
}

/* c: the changes between two versions over the whole screen; one chosen
 * with Enter or its number brings its passage into view. */
static void
changes_screen(struct tui *t)
{
	const struct revisions *rv = t->c->revisions;
	const struct revision_item *it;
	size_t item;
	bool chosen;
	enum side s;

	if (rv == NULL) {
		message(t, MSG_INFO, "not two versions of one report: no "
		        "changes to list (newsdiff --revisions takes them so)");
		return;
	}
	chosen = board_changes(t->c, t->utf8, false, &t->changes_sel, &item);
	relayout(t);
	if (!chosen) {
		versions_message(t);
		return;
	}
	it = &rv->v[item];
	s = it->kind == REVISION_REMOVED ? SIDE_LEFT : SIDE_RIGHT;
	view_show(&t->v, s, s == SIDE_LEFT ? it->left : it->right);
	message(t, MSG_INFO, "change %zu of %zu, %s: %s %zu (c lists the "
	        "changes)", item + 1, rv->n, revision_kind_str(it->kind),
	        side_name(s), (s == SIDE_LEFT ? it->left : it->right) + 1);
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

static void
passage(struct tui *t, int dir)
{
	if (!view_passage(&t->v, dir))
		message(t, MSG_INFO, t->v.ngroup == 0 ? "no passages aligned"
		        : dir > 0 ? "no passage after this one"
		                  : "no passage before this one");
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
		passage(t, a == ACT_NEXT ? 1 : -1);
		break;
	case ACT_REPEAT:
	case ACT_REPEAT_BACK:
		/* As in less and vim while a search is on; else by passage. */
		if (t->v.pattern != NULL)
			next_match(t, a == ACT_REPEAT ? 1 : -1);
		else
			passage(t, a == ACT_REPEAT ? 1 : -1);
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
		        side_name(t->v.lead));
		break;
	case ACT_SEARCH:
		search(t);
		break;
	case ACT_HIDDEN:
		view_toggle_hidden(&t->v);
		message(t, MSG_INFO, "boilerplate %s",
		        t->v.pane[0].show_hidden ? "shown" : "hidden");
		break;
	case ACT_WORD_DIFF:
		compare_word_diff(t->c);
		t->v.word_diff = !t->v.word_diff;
		message(t, MSG_INFO, "word diff %s", t->v.word_diff
		        ? "shown: changed words marked, deleted on the left, "
		          "inserted on the right" : "hidden");
		break;
	case ACT_EXPORT:
		export_prompt(t);
		break;
	case ACT_LEDGER:
		ledger_screen(t);
		break;
	case ACT_CHANGES:
		changes_screen(t);
		break;
	case ACT_HELP:
		help(t);
		break;
	case ACT_REDRAW:
		redraw(t);
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

/* The size curses starts with: the window's own, as the terminal says
 * it, over LINES and COLUMNS (left over from another window, or set by
 * hand); those only when the terminal cannot say, and within bounds. */
static void
trust_window_size(void)
{
	static const struct {
		const char *name;
		long max;
	} env[] = { { "COLUMNS", ENV_MAX_COLS }, { "LINES", ENV_MAX_ROWS } };
	struct winsize ws;
	char num[24];
	size_t i;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0) {
		unsetenv("COLUMNS");
		unsetenv("LINES");
		return;
	}
	for (i = 0; i < sizeof env / sizeof *env; i++) {
		const char *v = getenv(env[i].name);

		if (v != NULL && strtol(v, NULL, 10) > env[i].max) {
			snprintf(num, sizeof num, "%ld", env[i].max);
			setenv(env[i].name, num, 1);
		}
	}
}

/* Where keys come from: standard input, or the terminal itself when a
 * report came on standard input.  NULL, with why[] said, if neither. */
static FILE *
key_source(void)
{
	if (isatty(STDIN_FILENO))
		return stdin;
	tty_in = fopen("/dev/tty", "r");
	if (tty_in == NULL)
		snprintf(why, sizeof why, "no terminal to read keys from "
		         "(/dev/tty: %s)", strerror(errno));
	return tty_in;
}

static void
close_key_source(void)
{
	if (tty_in != NULL)
		fclose(tty_in);
	tty_in = NULL;
}

/* Curses started on the terminal, in the reader's modes. */
static bool
open_screen(FILE *in)
{
	modes_fd = tcgetattr(fileno(in), &saved_modes) == 0 ? fileno(in) : -1;
	trust_window_size();
	screen = newterm(NULL, stdout, in);
	if (screen == NULL) {
		snprintf(why, sizeof why, "terminal '%s' cannot show the "
		         "reader", getenv("TERM") ? getenv("TERM") : "");
		return false;
	}
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
	prepare_reset();
	active = true;
	return true;
}

static void
close_screen(void)
{
	tui_end();
	delscreen(screen);
	screen = NULL;
	modes_fd = -1;
}

/* Keys until the reader quits or a signal ends it. */
static void
run_keys(struct tui *t)
{
	int ch;

	while (!got_signal) {
		double t0;

		ch = wgetch(t->status);
		if (ch == ERR)
			continue;
		t0 = tui_clock();
		/* A message stays until the next key or click: a resize
		 * repaints it (the terminal's size may change under it at
		 * any time). */
		if (ch != KEY_RESIZE)
			t->msg[0] = '\0';
		if (ch == KEY_RESIZE) {
			relayout(t);
		} else if (ch == KEY_MOUSE) {
			mouse(t);
		} else if (!act(t, keys_action(ch))) {
			break;
		}
		paint(t);
		if (timing != NULL)
			fprintf(timing, "key %s %.3f ms\n",
			        ch == ' ' ? "Space" : keyname(ch),
			        (tui_clock() - t0) * 1e3);
	}
}

const char *
tui_why(void)
{
	return why;
}

int
tui_run(struct compare *c, const struct tui_opts *o)
{
	static bool registered;
	struct tui t;
	FILE *in;
	int sig;

	snprintf(why, sizeof why, "terminal '%s' cannot show the reader",
	         getenv("TERM") ? getenv("TERM") : "");
	if (!usable_terminal())
		return TUI_NO_TERMINAL;
	if ((in = key_source()) == NULL)
		return TUI_NO_TERMINAL;
	memset(&t, 0, sizeof t);
	t.c = c;
	t.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	board_count(c, t.disagree, sizeof t.disagree);
	board_watch(&got_signal);
	catch_signals();
	if (!registered) {
		atexit(tui_end);
		registered = true;
	}
	mem_set_fatal_hook(tui_end);
	if (!open_screen(in)) {
		release_signals();
		mem_set_fatal_hook(NULL);
		close_key_source();
		return TUI_NO_TERMINAL;
	}
	if (o->timing != NULL && (timing = fopen(o->timing, "a")) != NULL)
		setvbuf(timing, NULL, _IOLBF, 0);
	make_windows(&t, true);
	/* Two versions open with what changed: that is the first screen. */
	if (c->revisions != NULL) {
		board_changes(c, t.utf8, true, &t.changes_sel, NULL);
	} else {
		diag_message(&t);
		paint(&t);
	}
	if (timing != NULL)
		fprintf(timing, "first-screen %.3f ms\n",
		        (tui_clock() - o->start) * 1e3);
	if (c->revisions != NULL && !o->once) {
		changes_screen(&t);
		diag_message(&t);
		paint(&t);
	}
	t.msg[0] = '\0';
	if (!o->once)
		run_keys(&t);
	if (timing != NULL) {
		fclose(timing);
		timing = NULL;
	}
	sig = got_signal;
	free_windows(&t);
	ledger_free(t.ledger);
	view_fini(&t.v);
	pane_fini();
	close_screen();
	close_key_source();
	mem_set_fatal_hook(NULL);
	release_signals();
	if (sig) {
		signal(sig, SIG_DFL);
		raise(sig);
	}
	return 0;
}

/* ---- before the reader --------------------------------------------- */

static const char progress_line[] = "newsdiff: comparing the two reports...";
static volatile sig_atomic_t progress_shown;
static bool progress_on;
static struct sigaction progress_saved;

static void
on_progress(int sig)
{
	int saved_errno = errno;
	ssize_t r;

	(void)sig;
	r = write(STDERR_FILENO, progress_line, sizeof progress_line - 1);
	(void)r;
	progress_shown = 1;
	errno = saved_errno;
}

void
tui_progress_begin(void)
{
	struct sigaction sa;
	struct itimerval it;

	if (!isatty(STDERR_FILENO))
		return;
	progress_on = true;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_progress;
	sa.sa_flags = SA_RESTART;	/* reading the reports goes on */
	sigaction(SIGALRM, &sa, &progress_saved);
	memset(&it, 0, sizeof it);
	it.it_value.tv_usec = PROGRESS_DELAY_US;
	setitimer(ITIMER_REAL, &it, NULL);
}

void
tui_progress_end(void)
{
	struct itimerval it;
	char line[sizeof progress_line + 2];

	if (!progress_on)
		return;
	progress_on = false;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
	sigaction(SIGALRM, &progress_saved, NULL);
	if (!progress_shown)
		return;
	/* The line rubbed out: the reader or the export takes its place. */
	line[0] = '\r';
	memset(line + 1, ' ', sizeof progress_line - 1);
	line[sizeof progress_line] = '\r';
	fwrite(line, 1, sizeof progress_line + 1, stderr);
	fflush(stderr);
	progress_shown = 0;
}
