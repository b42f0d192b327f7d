/* fact-int.h - what the fact modules share: the facts being gathered,
 * the scratch buffers, and one entry point per family.  Engine-internal;
 * include from fact.c, fact-figure.c, fact-quote.c, fact-name.c and
 * fact-phrase.c only.
 *
 * fact.c pairs the figures of both whole reports first
 * (fact_figures_pair()), then runs the families over each aligned group,
 * in this order, each appending to one struct fact_acc:
 *   fact-figure.c   the group's figure pairs, some with a figure of
 *                   another passage
 *   fact-quote.c    quotations compared word by word
 *   fact-name.c     names both reports give
 *   fact-phrase.c   runs of words both use, outside the quotations and
 *                   names found before them */
#ifndef NEWSDIFF_FACT_INT_H
#define NEWSDIFF_FACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fact.h"
#include "side.h"

struct alignment;
struct cover;
struct name_key;
struct name_run;

/* Facts and quotation differences as they are gathered. */
struct fact_acc {
	struct fact *v;
	size_t n, cap;
	struct fact_diff *d;
	size_t nd, dcap;
};

/* One side's buffers that a job reuses from group to group: a passage
 * needs a few small arrays, and there may be a hundred thousand
 * passages. */
struct fact_side_buf {
	struct name_run *name;	/* names (fact-name.c) */
	size_t name_cap;
	uint32_t *word;		/* phrases: word tokens, into tok[] */
	size_t word_cap;
	bool *join;		/* a phrase may run on into the word */
	size_t join_cap;
	bool *covered;		/* the word is in a phrase already */
	size_t covered_cap;
};

struct fact_scratch {
	struct fact_side_buf side[2];	/* by enum side */
	uint32_t *head, *next;	/* phrases: the index of word pairs */
	size_t head_cap, next_cap;
	struct cover *cover;	/* phrases: the spans of quotations and
				 * names, sorted */
	size_t cover_cap;
	struct name_key *name_key;	/* names: the right side's, sorted */
	size_t name_key_cap;
	size_t *name_cursor;	/* per key: its first right run not taken */
	size_t name_cursor_cap;
};

void fact_scratch_fini(struct fact_scratch *s);

/* A zeroed array of n flags from buffer *p (capacity *cap). */
bool *fact_flags(bool **p, size_t *cap, size_t n);

/* Append a fact with its two spans; its figures are ALIGN_NONE. */
struct fact *fact_add(struct fact_acc *fs, enum fact_type type,
                      enum fact_status status, size_t lp, uint32_t ls,
                      uint32_t le, size_t rp, uint32_t rs, uint32_t re);

/* A candidate pair of figures or quotations in a group, taken greedily
 * cheapest first. */
struct fact_pair {
	size_t l, r;		/* indexes into the group's lists */
	double cost;		/* figures: relative difference of the
				 * values; quotations: cost per word */
};

void fact_pair_add(struct fact_pair **v, size_t *cap, size_t *n, size_t l,
                   size_t r, double cost);

/* Cheapest first; ties in the order of l, then r. */
void fact_pair_sort(struct fact_pair *v, size_t n);

/* qsort() comparison of two uint32_t, ascending. */
int fact_cmp_u32(const void *a, const void *b);

/* Figures of the two reports paired one to one, wherever they sit. */
struct fact_figure_pair {
	size_t left, right;	/* indexes into the articles' figures */
	bool differ, compatible, cross;	/* as struct fact has them */
	bool link;		/* cross, and pairs its paragraphs as a
				 * struct fact_link */
	size_t group;		/* where it is shown */
	double distance;	/* of the values: orders a group's pairs */
	double score;		/* of the pairing, 0..1 */
};

/* The pairs, group by group: those of group g are
 * v[first[g] .. first[g + 1]). */
struct fact_figures {
	struct fact_figure_pair *v;
	size_t n;
	size_t *first;
};

struct lexicon;
struct quantity_words;

/* run: as fact_extract() takes it (freed here), or NULL. */
void fact_figures_pair(struct fact_figures *ff, const struct alignment *al,
                       const struct lexicon *lx,
                       const struct quantity_words *qw,
                       struct fact_figure_run *run);
void fact_figures_fini(struct fact_figures *ff);

/* A quotation one report gives word for word in a passage the aligner
 * keeps apart from the other's (fact-quote.c): its two paragraphs and
 * spans, and the group that holds the fact (the left paragraph's, else
 * the right one's). */
struct quote_across {
	size_t group;
	size_t lp, rp;
	uint32_t ls, le, rs, re;
};

/* The quotations of al given word for word in two passages, sorted by
 * group, into *out; returns how many. */
size_t fact_quotes_across(const struct alignment *al,
                          struct quote_across **out);

/* The families, each over group g of al. */
void fact_group_figures(struct fact_acc *fs, const struct alignment *al,
                        const struct fact_figures *ff, size_t g);
void fact_group_quotes_across(struct fact_acc *fs, const struct quote_across *v,
                              size_t n, size_t g);
void fact_group_quotes(struct fact_acc *fs, const struct alignment *al,
                       size_t g);
void fact_group_names(struct fact_acc *fs, const struct alignment *al,
                      size_t g, const uint8_t *names, struct fact_scratch *sc);
/* Phrases outside the quotations and names among fs->v[from ..]. */
void fact_group_phrases(struct fact_acc *fs, size_t from,
                        const struct alignment *al, size_t g,
                        struct fact_scratch *sc);

#endif
