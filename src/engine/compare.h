/* compare.h - a comparison of two reports: both loaded and analyzed, each
 * in its own thread, then aligned.  Engine; include from tui, main and
 * tests.
 *
 * This is the one way the program, the reader and the tests build a
 * comparison, so they all see the same words numbered the same way. */
#ifndef NEWSDIFF_COMPARE_H
#define NEWSDIFF_COMPARE_H

#include <stddef.h>
#include <stdint.h>

#include "rc.h"

struct article;
struct article_opts;
struct alignment;
struct lexicon;

/* The word lists of the assets folder, as read by the caller. */
struct compare_data {
	const uint8_t *stopwords;
	size_t nstopwords;
	const uint8_t *synonyms;
	size_t nsynonyms;
};

struct compare {
	struct lexicon *lx;		/* the words of both */
	struct article *left, *right;
	struct alignment *al;
};

enum compare_side { COMPARE_LEFT, COMPARE_RIGHT };

/* Load the files at left and right ("-" is standard input, for one of
 * them) and compare them.  On RC_OK c holds the comparison, to release
 * with compare_fini().  On failure c is empty, *failed names the side
 * whose file failed, and for RC_IO errno is that file's. */
enum rc compare_load(struct compare *c, const char *left, const char *right,
                     const struct article_opts *opts,
                     const struct compare_data *data,
                     enum compare_side *failed);

/* Compare two articles already parsed; c takes them over. */
void compare_articles(struct compare *c, struct article *left,
                      struct article *right, const struct compare_data *data);

void compare_fini(struct compare *c);

#endif
