/* mem.c - checked allocation and the fatal-error hook. */
#include "mem.h"

#include <malloc.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Arrays of at least MEM_HUGE_MIN bytes start on a huge page (MEM_HUGE
 * bytes) and ask the kernel to fill the whole huge pages inside them so.
 * A report of a few megabytes fills its text, token and feature arrays
 * one 4 KiB page at a time, and each first touch is a page fault: some
 * 12 microseconds on a virtual machine (8 MB by 4 KiB pages: 24 ms; by
 * huge pages: 1 to 5 ms).  Advice alone, on arrays wherever malloc had
 * put them, reached only the aligned huge pages inside each.  On the
 * 5 MB pair of versions with the word diff, aligned: page faults 4,100
 * -> 2,450, processor time 224 -> 168 ms, peak memory 41 -> 44.5 MiB (a
 * huge page is filled whole).  From 2 MiB on instead, the 1 MB prose
 * pair's peak rose from 23 to 31 MiB: arrays grown by doubling fill a
 * huge page for a few bytes past their last. */
#define MEM_HUGE ((size_t)2 << 20)
#define MEM_HUGE_MIN ((size_t)4 << 20)

/* n bytes on a huge page's boundary, the whole huge pages among them
 * advised as such. */
static void *
huge_alloc(size_t n)
{
	void *p;

	if (posix_memalign(&p, MEM_HUGE, n) != 0)
		return NULL;
#ifdef MADV_HUGEPAGE
	(void)madvise(p, n & ~(MEM_HUGE - 1), MADV_HUGEPAGE);	/* a hint */
#endif
	return p;
}

static bool
is_huge(const void *p)
{
	return ((uintptr_t)p & (MEM_HUGE - 1)) == 0;
}

static mem_fatal_hook_fn fatal_hook;

void
mem_set_fatal_hook(mem_fatal_hook_fn hook)
{
	fatal_hook = hook;
}

void
fatal(const char *fmt, ...)
{
	va_list ap;
	mem_fatal_hook_fn hook = fatal_hook;

	fatal_hook = NULL;	/* a failing hook must not recurse */
	if (hook != NULL)
		hook();
	fputs("newsdiff: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void *p = size >= MEM_HUGE_MIN ? huge_alloc(size)
	                               : malloc(size ? size : 1);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if (size != 0 && nmemb > SIZE_MAX / size)
		fatal("out of memory (%zu x %zu bytes)", nmemb, size);
	if (nmemb * size >= MEM_HUGE_MIN) {
		p = xmalloc(nmemb * size);
		memset(p, 0, nmemb * size);
		return p;
	}
	p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", nmemb, size);
	return p;
}

void *
xcalloc_probed(size_t nmemb, size_t size)
{
	void *p;

	if (size != 0 && nmemb > SIZE_MAX / size)
		fatal("out of memory (%zu x %zu bytes)", nmemb, size);
	p = xmalloc(nmemb * size);
	memset(p, 0, nmemb * size);
	return p;
}

void *
xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	size_t n;
	void *p;

	if (size != 0 && nmemb > SIZE_MAX / size)
		fatal("allocation overflow (%zu x %zu bytes)", nmemb, size);
	n = nmemb * size;
	if (n >= MEM_HUGE_MIN) {
		/* Moved by hand: realloc() would not keep it aligned. */
		size_t have = ptr ? malloc_usable_size(ptr) : 0;

		if (ptr != NULL && is_huge(ptr) && have >= n)
			return ptr;
		p = xmalloc(n);
		if (ptr != NULL) {
			memcpy(p, ptr, have < n ? have : n);
			free(ptr);
		}
		return p;
	}
	p = realloc(ptr, n != 0 ? n : 1);
	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", nmemb, size);
	return p;
}

void *
xmemdup(const void *src, size_t n)
{
	void *p = xmalloc(n);

	if (n)
		memcpy(p, src, n);
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, SIZE_MAX);
}

void *
mem_grow(void *arr, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap : 8;

	if (need <= *cap)
		return arr;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			fatal("allocation overflow (%zu elements)", need);
		ncap *= 2;
	}
	arr = xreallocarray(arr, ncap, size);
	*cap = ncap;
	return arr;
}
