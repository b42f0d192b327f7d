/* compare.h - a comparison of two reports: the one handle on everything
 * the engine makes of them.  Engine; include from engine, tui, main and
 * tests.
 *
 * The stages run one way, each reading the last one's result as const:
 * the files are loaded and cut into paragraphs, the paragraphs tokenized
 * (each report in its own thread), then aligned, then their facts found.
 * Versions of one report first pair the paragraphs they share word for
 * word (revision_pair_verbatim()), which no later stage works on.
 * A comparison owns all of it: the lexicon, both articles, the alignment
 * and the facts.  The program, the reader and the tests build one the
 * same way, so they all see the same words numbered the same way, and
 * marking, layout, the reader's view and every export read only it. */
#ifndef NEWSDIFF_COMPARE_H
#define NEWSDIFF_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rc.h"
#include "side.h"

struct article;
struct article_opts;
struct alignment;
struct edits;
struct facts;
struct lexicon;
struct revisions;

/* How to take the two reports. */
enum compare_mode {
	COMPARE_AUTO,		/* as versions of one when they look it */
	COMPARE_REPORTS,	/* two reports of one event (--no-revisions) */
	COMPARE_VERSIONS	/* two versions of one report (--revisions):
				 * read as COMPARE_AUTO; the caller then
				 * asks for compare_revisions() */
};

/* The word lists of the assets folder, as read by the caller, and how
 * to take the two reports. */
struct compare_data {
	const uint8_t *stopwords;
	size_t nstopwords;
	const uint8_t *synonyms;
	size_t nsynonyms;
	const uint8_t *related;	/* may be NULL: no related words */
	size_t nrelated;
	enum compare_mode mode;
};

struct compare {
	struct lexicon *lx;		/* the words of both */
	struct article *left, *right;
	struct alignment *al;		/* NULL: nothing aligned */
	struct facts *facts;		/* NULL when al is */
	/* Only when asked (compare_word_diff(), compare_revisions()): */
	struct edits *edits;		/* the passages' word edits */
	struct revisions *revisions;	/* versions of one report: what
					 * changed; exports show it */
};

/* Load the files at left and right ("-" is standard input, for one of
 * them) and compare them.  On RC_OK c holds the comparison, to release
 * with compare_fini().  On failure c is empty, *failed names the side
 * whose file failed, and for RC_IO errno is that file's. */
enum rc compare_load(struct compare *c, const char *left, const char *right,
                     const struct article_opts *opts,
                     const struct compare_data *data, enum side *failed);

/* Compare two articles already parsed; c takes them over. */
void compare_articles(struct compare *c, struct article *left,
                      struct article *right, const struct compare_data *data);

void compare_fini(struct compare *c);

/* The word edits of every aligned passage, into c->edits (edit.h): the
 * exports then show the word diff.  Does nothing when nothing was
 * aligned or they are there already. */
void compare_word_diff(struct compare *c);

/* Whether the two reports look like versions of one report (most
 * paragraphs pair closely: revision.h). */
bool compare_is_revision(const struct compare *c);

/* Take the two reports as versions of one: the word edits, and what
 * changed, into c->revisions; the exports then open with that summary
 * and keep the right report's paragraph order. */
void compare_revisions(struct compare *c);

/* The article of one side. */
const struct article *compare_article(const struct compare *c, enum side s);

/* The group (passage) paragraph para of a side belongs to, or ALIGN_NONE
 * (also when nothing was aligned). */
size_t compare_group_of(const struct compare *c, enum side s, size_t para);

/* How many paragraphs of a side belong to no group. */
size_t compare_count_unpaired(const struct compare *c, enum side s);

/* A group's similarity score in hundredths, as shown everywhere but in
 * JSON: "0.41".  buf holds COMPARE_SCORE_SIZE bytes; returns buf. */
#define COMPARE_SCORE_SIZE 8
const char *compare_score_str(double score, char *buf);

#endif
