/* board.h - lists on a full screen of the reader: the ledger, one row a
 * figure, quotation or name, what the reports disagree on first; and the
 * changes between two versions of one report.  A row chosen with Enter
 * takes the reader to its passages.  TUI only. */
#ifndef NEWSDIFF_BOARD_H
#define NEWSDIFF_BOARD_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

struct compare;
struct ledger;

/* A flag (the reader's: a signal came) that closes a list as soon as it
 * is set, as a key would; NULL for none. */
void board_watch(const volatile sig_atomic_t *flag);

/* Show ledger l of comparison c over the whole terminal until a key
 * closes it (q, L, Esc) or Enter chooses a row: then true, and *row is
 * its index.  *sel is the row selected when it opens and when it
 * closes.  The caller repaints the reader afterwards (the terminal may
 * have been resized meanwhile). */
bool board_run(const struct compare *c, const struct ledger *l, bool utf8,
               size_t *sel, size_t *row);

/* The changes between two versions of one report (c->revisions, not
 * NULL), one a numbered item, over the whole terminal, until a key
 * closes it (c, q, Esc) or Enter or an item's number chooses one: then
 * true, and *item is its index.  *sel is the item selected when it
 * opens and when it closes.  once: paint it and return false (the
 * reader's first screen).  The caller repaints the reader afterwards. */
bool board_changes(const struct compare *c, bool utf8, bool once,
                   size_t *sel, size_t *item);

/* The disagreements of c in a few words, for the status line: "3
 * figures differ, 1 quotation varies", "no disagreements".  Counted
 * from the facts, without building the ledger.  Returns buf. */
const char *board_count(const struct compare *c, char *buf, size_t size);

#endif
