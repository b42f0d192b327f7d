/* thread.h - running two pieces of work at once, in two threads.  Engine; include from
 * engine modules.
 *
 * newsdiff's work splits in two naturally (the two reports, the two
 * halves of a list); a machine has at least two cores to give it. */
#ifndef NEWSDIFF_THREAD_H
#define NEWSDIFF_THREAD_H

typedef void (*thread_fn)(void *arg);

/* Run fn(a) in a new thread and fn(b) in this one, and return when both
 * are done; if no thread can be had, run them one after the other.  The
 * two must not write anything the other reads. */
void thread_both(thread_fn fn, void *a, void *b);

#endif
