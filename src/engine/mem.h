/* mem.h - checked allocation and the fatal-error hook.
 * Engine; include from engine, tui, main and tests.
 *
 * Running out of memory is fatal: every function here either succeeds or
 * calls fatal(), which runs the registered hook (the reader restores the
 * terminal there), prints "newsdiff: MESSAGE" and exits with status 2.
 * Nothing else in the engine calls exit(). */
#ifndef NEWSDIFF_MEM_H
#define NEWSDIFF_MEM_H

#include <stddef.h>

typedef void (*mem_fatal_hook_fn)(void);

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);

/* xcalloc() for an array whose pages are read before they are written,
 * as a hash table's or an index by word are: zeroed by storing.  Fresh
 * memory from calloc() maps the shared zero page where it is read
 * first, and the first store then replaces that mapping, for which the
 * kernel stops every other core running the process to flush its TLB:
 * a tenth of tokenizing a 4 MB report in two threads. */
void *xcalloc_probed(size_t nmemb, size_t size);
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void *xmemdup(const void *p, size_t n);

/* Return arr (an array of *cap elements of size size) grown so that it
 * holds at least need elements; *cap is updated.  Capacity doubles, so
 * appending one element at a time costs amortised O(1).  Use MEM_GROW,
 * which calls it only when the array is full. */
void *mem_grow(void *arr, size_t *cap, size_t need, size_t size);
#define MEM_GROW(arr, cap, need)                                          \
	((void)((need) <= (cap)                                           \
	        ? 0 : ((arr) = mem_grow((arr), &(cap), (need),            \
	                                sizeof *(arr)), 0)))

/* Register the hook fatal() runs before exiting; NULL removes it. */
void mem_set_fatal_hook(mem_fatal_hook_fn hook);

#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 1, 2)))
#endif
void fatal(const char *fmt, ...);

#endif
