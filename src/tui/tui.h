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

/* Show comparison c until the reader quits.  Returns 0; 2 when the
 * terminal failed; TUI_NO_TERMINAL as above.  Standard output must be a
 * terminal; keys come from standard input, or from /dev/tty when a
 * report was read from standard input.  On SIGINT, SIGTERM or SIGHUP the
 * terminal is restored and the signal raised again. */
int tui_run(struct compare *c, const struct tui_opts *o);

/* Restore the terminal: safe at any time, any number of times (atexit,
 * the fatal() hook, crash signals). */
void tui_end(void);

#endif
