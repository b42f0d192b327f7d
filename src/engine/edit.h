/* edit.h - the word-level edit script of every aligned passage: what
 * changed between the two wordings, as byte spans per paragraph.
 * Engine; include from engine, tui, main and tests.
 *
 * A passage's words are diffed as worddiff.h does it, over the tokens'
 * folded word ids (so case, quotation-mark and dash style and normal
 * forms count as the same word).  A passage of several paragraphs on a
 * side is diffed as their words joined, each word keeping its paragraph;
 * an edit that crosses a paragraph boundary is cut there, so every edit
 * has one paragraph on each side, as a fact has.  This stage runs only
 * when asked (compare_word_diff()); it reads the alignment as const. */
#ifndef NEWSDIFF_EDIT_H
#define NEWSDIFF_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "fact.h"

struct alignment;

/* A passage whose two wordings share less than this part of their words
 * (worddiff_likeness()) gets no edit script: with more than two words in
 * three changed, marking them would mark nearly everything, and the
 * alignment already says the passage was reworded.  Reports by two
 * outlets mostly fall below it; two versions of one report far above.
 * A side with no words at all is never skipped: its script is plain. */
#define EDIT_MIN_LIKENESS 0.34

enum edit_op {
	EDIT_INSERT,	/* words only the right has */
	EDIT_DELETE,	/* words only the left has */
	EDIT_REPLACE,	/* left words the right words replace */
};

/* One edit.  A side without words has an empty span (start == end)
 * where the other side's words would go: after the word before, or
 * before the first word of the passage. */
struct edit {
	enum edit_op op;
	struct fact_span left, right;
};

/* The edits of one group: edits->edit[first .. first + n), in order of
 * both sides; skipped when the wordings are too unlike (see
 * EDIT_MIN_LIKENESS). */
struct edit_group {
	size_t first, n;
	double likeness;	/* worddiff_likeness() of the passage */
	bool skipped;
};

/* The result of edit_find().  It refers to the alignment (and so to both
 * articles); they must outlive it. */
struct edits {
	const struct alignment *al;
	struct edit *edit;
	size_t nedit, cap;
	struct edit_group *group;	/* per group of al */
	size_t ngroup;
};

/* The edit scripts of every group of al, whose articles have been
 * analyzed.  The caller owns the result, to release with edit_free(). */
struct edits *edit_find(const struct alignment *al);

void edit_free(struct edits *ed);

/* "insert", "delete", "replace", as in the JSON export. */
const char *edit_op_str(enum edit_op op);

#endif
