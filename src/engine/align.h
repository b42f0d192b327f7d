/* align.h - pairing the paragraphs of two reports by content, in any
 * order.  Engine; include from engine, tui, main and tests.
 *
 * Paragraphs are scored by weighted lexical similarity (log-tf.idf cosine
 * over stems, names and figures weighing more; a long shared quotation is
 * near-certain evidence).  Candidates come from an inverted index, never
 * from all pairs; the best pairs are linked first, regardless of order; a
 * paragraph may join a pair that it plainly continues (1:n, n:1), or stay
 * unpaired.  Only the kinds article_kind_is_content() accepts take part:
 * headlines, standfirsts, body and quotes; never boilerplate, captions,
 * duplicates, labels, bylines or datelines. */
#ifndef NEWSDIFF_ALIGN_H
#define NEWSDIFF_ALIGN_H

#include <stdbool.h>
#include <stddef.h>

#include "rc.h"

#define ALIGN_NONE ((size_t)-1)

struct article;
struct lexicon;

/* Paragraphs that tell the same part of the story: one or more on each
 * side.  Members are listed in document order. */
struct align_group {
	size_t left, nleft;	/* alignment->member[left .. left + nleft) */
	size_t right, nright;	/* alignment->member[right .. right + nright) */
	double score;		/* similarity, 0..1 */
};

/* The result of align_run().  It refers to both articles; they must
 * outlive it. */
struct alignment {
	const struct article *left, *right;
	struct align_group *group;	/* ordered by first left paragraph */
	size_t ngroup;
	size_t *member;
	size_t *left_group;	/* per left paragraph: its group or ALIGN_NONE */
	size_t *right_group;
};

struct align_opts {
	double min_score;	/* pairs scoring less stay apart; 0: default */
};

/* Align two analyzed articles (article_analyze() with lexicon lx).  On
 * RC_OK *out is the caller's, to release with align_free(). */
enum rc align_run(const struct article *left, const struct article *right,
                  const struct lexicon *lx, const struct align_opts *opts,
                  struct alignment **out);

void align_free(struct alignment *al);

/* Pair left paragraph l with right paragraph r as a group of their own,
 * with similarity score, when both are unpaired (else false, nothing
 * changed): for evidence found after align_run(), such as a figure both
 * give.  The groups stay ordered by first left paragraph; group indexes
 * from l's place on move up by one. */
bool align_add_group(struct alignment *al, size_t l, size_t r,
                     double score);

/* Whether group g pairs paragraphs word for word, as they stand
 * (article_para.verbatim): then nothing of it was read. */
bool align_is_verbatim(const struct alignment *al, size_t g);

/* Paragraph index of member i of group g on the left or right side. */
#define align_left(al, g, i) ((al)->member[(al)->group[g].left + (i)])
#define align_right(al, g, i) ((al)->member[(al)->group[g].right + (i)])

#endif
