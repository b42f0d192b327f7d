/* worddiff.h - the word-level edit script between two wordings of a
 * passage.  Engine; include from engine and tests.
 *
 * Words are compared as integers (the caller's folded word ids, so case,
 * quotation-mark style and normal forms are already equal).  The script
 * is found as git's patience diff finds it: the common start and end are
 * set aside, words that occur once on each side anchor the rest in order,
 * and the stretches between anchors are diffed with Myers' O(ND)
 * algorithm.  A cleanup pass then folds short runs of equal words that sit
 * between two edits into one replacement, so the script reads as phrases,
 * not word soup.
 *
 * Cost: linear in the words plus the Myers work between anchors, which
 * WORDDIFF_MAX_COST bounds; a stretch that would cost more is taken as
 * one replacement. */
#ifndef NEWSDIFF_WORDDIFF_H
#define NEWSDIFF_WORDDIFF_H

#include <stddef.h>
#include <stdint.h>

enum worddiff_op {
	WORDDIFF_EQUAL,
	WORDDIFF_DELETE,	/* words only the left has */
	WORDDIFF_INSERT,	/* words only the right has */
	WORDDIFF_REPLACE,	/* left words the right words replace */
};

/* One run of the script: words [left, left + nleft) of the left side and
 * [right, right + nright) of the right (nleft is 0 for an insertion,
 * nright for a deletion). */
struct worddiff_edit {
	enum worddiff_op op;
	size_t left, nleft;
	size_t right, nright;
};

struct worddiff {
	struct worddiff_edit *v;	/* in order of both sides */
	size_t n, cap;
};

/* The edit script that turns a[0..na) into b[0..nb), equal runs
 * included, into out (its contents replaced).  Every word of each side is
 * in exactly one run, in order. */
void worddiff_run(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                  struct worddiff *out);

/* How many words of both sides are in equal runs, over all their words:
 * 1 for the same text, 0 for nothing in common (and for two empty
 * sides). */
double worddiff_likeness(const struct worddiff *wd, size_t na, size_t nb);

void worddiff_fini(struct worddiff *wd);

#endif
