/* keys.h - the reader's keys: one table maps keys to actions and draws
 * the help, in the reader and in --help.  TUI only (main may print the
 * help). */
#ifndef NEWSDIFF_KEYS_H
#define NEWSDIFF_KEYS_H

#include <stddef.h>
#include <stdio.h>

enum action {
	ACT_NONE,
	ACT_DOWN,
	ACT_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HOME,
	ACT_END,
	ACT_NEXT,
	ACT_PREV,
	ACT_NEXT_DIFFER,
	ACT_PREV_DIFFER,
	ACT_SWITCH,
	ACT_SEARCH,
	ACT_REPEAT,		/* n: next match while searching, else
				 * next passage */
	ACT_REPEAT_BACK,	/* N: the same backwards */
	ACT_HIDDEN,
	ACT_WORD_DIFF,
	ACT_EXPORT,
	ACT_LEDGER,		/* L: the ledger, full screen */
	ACT_CHANGES,		/* c: what changed between two versions */
	ACT_HELP,
	ACT_REDRAW,
	ACT_QUIT,
};

/* The action of a key as wgetch() returns it; ACT_NONE if none. */
enum action keys_action(int key);

/* Lines of help, one per action: "  n ]        next aligned passage". */
size_t keys_help_count(void);
void keys_help_line(size_t i, char *buf, size_t size);

/* The whole help, for --help. */
void keys_print(FILE *f);

#endif
