/* tui.h - the reader: curses set up and torn down, the main loop.
 * TUI only; main calls it. */
#ifndef NEWSDIFF_TUI_H
#define NEWSDIFF_TUI_H

#include <stdbool.h>

struct compare;

struct tui_opts {
	bool once;		/* paint the first screen and return */
	const char *timing;	/* append how long each screen took to this
				 * file (the benchmark reads it), or NULL */
	double start;		/* when the program started, in seconds of
				 * CLOCK_MONOTONIC, for the first screen */
};

/* Seconds of CLOCK_MONOTONIC. */
double tui_clock(void);

/* The terminal cannot show the reader (unknown type, no cursor
 * addressing); nothing was drawn. */
#define TUI_NO_TERMINAL (-1)

/* Show comparison c until the reader quits.  Returns 0, or
 * TUI_NO_TERMINAL as above (tui_why() says why).  Standard output must be
 * a terminal; keys come from standard input, or from /dev/tty when a
 * report was read from standard input.  On a signal whose default action
 * ends the process (SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGPIPE...) the
 * terminal is restored and the signal raised again; SIGQUIT is ignored
 * while the reader runs, as less does; on a fault (SIGSEGV...) the
 * terminal is restored from the signal handler before the process dies
 * of it. */
int tui_run(struct compare *c, const struct tui_opts *o);

/* Why the last tui_run() returned TUI_NO_TERMINAL, for a message:
 * "terminal 'dumb' cannot show the reader", "no terminal to read keys
 * from (/dev/tty: No such device or address)". */
const char *tui_why(void);

/* Around the comparison before the reader: if it takes long, a line on
 * standard error (when that is a terminal) says it is running, rubbed
 * out by tui_progress_end().  Uses SIGALRM meanwhile. */
void tui_progress_begin(void);
void tui_progress_end(void);

/* Restore the terminal: safe at any time, any number of times (atexit,
 * the fatal() hook, crash signals). */
void tui_end(void);

#endif
