/* par.h - running two pieces of work at once.  Engine; include from
 * engine modules.
 *
 * newsdiff's work splits in two naturally (the two reports, the two
 * halves of a list); a machine has at least two cores to give it. */
#ifndef NEWSDIFF_PAR_H
#define NEWSDIFF_PAR_H

typedef void (*par_fn)(void *arg);

/* Run fn(a) in a new thread and fn(b) in this one, and return when both
 * are done; if no thread can be had, run them one after the other.  The
 * two must not write anything the other reads. */
void par_both(par_fn fn, void *a, void *b);

#endif
