/* fact.h - what two aligned passages share and where they differ:
 * figures, quotations, names and phrases.  Engine; include from engine,
 * tui, main and tests.
 *
 * Every fact has a byte span in a paragraph of each report, so the reader
 * and the exports can mark it. */
#ifndef NEWSDIFF_FACT_H
#define NEWSDIFF_FACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "side.h"

struct alignment;
struct article;
struct lexicon;
struct quantity_words;

enum fact_type { FACT_FIGURE, FACT_QUOTE, FACT_NAME, FACT_PHRASE };

enum fact_status {
	FACT_MATCH,	/* the same (figures: intervals that meet) */
	FACT_DIFFER,	/* figures that disagree */
	FACT_VARY,	/* a quotation worded a little differently */
};

struct fact_span {
	size_t para;		/* paragraph index in its report */
	uint32_t start, end;	/* bytes of the paragraph's text */
};

/* Words where two versions of a quotation differ; a side's span is empty
 * (start == end) where the other has words it lacks. */
struct fact_diff {
	struct fact_span left, right;
};

struct fact {
	enum fact_type type;
	enum fact_status status;
	struct fact_span left, right;
	size_t fig_left, fig_right;	/* FACT_FIGURE: indexes into the
					 * articles' figures */
	bool compatible;	/* FACT_FIGURE, FACT_MATCH: two values that
				 * are not the same number but whose
				 * intervals meet ("at least 31", "40") */
	bool cross;		/* FACT_FIGURE, FACT_QUOTE: the two spans
				 * sit in two passages (or one in none);
				 * the fact is the left one's group's,
				 * else the right one's */
	size_t diff, ndiff;	/* FACT_QUOTE: facts->diff[diff ..
				 * diff + ndiff) */
};

/* The facts of one group of the alignment: facts->fact[first .. first + n).
 * Figures come first; a figure paired with one of another passage is in
 * the group of its left paragraph (else of its right one), and only one
 * of its spans is in the group's paragraphs. */
struct fact_range {
	size_t first, n;
};

/* Two paragraphs, one of each report, in two passages (or one in none),
 * that give one figure: a count or measure both give, one they disagree
 * on, or a day each names once.  A reader comparing the reports wants
 * them side by side, though each passage pairs them with another
 * paragraph.  One per figure pair: links of the same two paragraphs are
 * next to each other. */
struct fact_link {
	size_t left, right;	/* paragraph indexes */
	size_t group;		/* the passage whose facts hold the figure
				 * pair */
	size_t fact;		/* the figure fact, an index into fact[] */
	double score;		/* the figures' pairing score, 0..1 */
};

/* A figure fact whose two figures sit in two passages, by the paragraph
 * of one side: each side's paragraph shows it, though only one group
 * holds it. */
struct fact_at {
	size_t para;		/* paragraph index on that side */
	size_t fact;		/* index into fact[] */
};

/* The result of fact_extract(): the facts of every group, group by group.
 * It refers to the alignment (and so to both articles); they must outlive
 * it. */
struct facts {
	const struct alignment *al;
	struct fact *fact;
	size_t nfact;
	struct fact_diff *diff;	/* the quotations' differing words */
	size_t ndiff;
	struct fact_range *group;	/* per group of al */
	size_t ngroup;
	struct fact_link *link;	/* by left, then right paragraph, then
				 * fact */
	size_t nlink;
	struct fact_at *cross[2];	/* the cross figure facts, by
					 * paragraph of each side (enum side) */
	size_t ncross;
};

struct fact_figure_run;

/* Find the facts of every group of al, whose articles have been analyzed
 * and had their figures found with lexicon lx; qw (of lx) reads what the
 * figures measure, to pair them across the whole of both reports.  run,
 * if not NULL, is what fact_figure_anchors() kept of the figures of al as
 * it is now (no anchor added since), taken instead of reading and
 * judging them again, and freed.  The caller owns the result, to release
 * with fact_free(). */
struct facts *fact_extract(const struct alignment *al,
                           const struct lexicon *lx,
                           const struct quantity_words *qw,
                           struct fact_figure_run *run);

void fact_free(struct facts *fs);

/* Two paragraphs, one of each report, that no passage of al holds but
 * that give one figure on strong evidence: the same thing counted or
 * measured, a full date, or a distinctive number of one event, with
 * values that meet ("an 18-page indictment"; "some eight kilometres" and
 * "7.5 kilometers").  Only content paragraphs; each at most once. */
struct fact_anchor {
	size_t left, right;	/* paragraph indexes */
	double score;		/* the figures' pairing score (the
				 * overlap of their sentences' words and
				 * bonuses), at most 1 */
};

/* The anchors of al into *out (the caller's, to free()), in the order of
 * their left paragraphs; returns how many.  lx and qw as for
 * fact_extract().  If keep is not NULL, *keep gets the figures as they
 * were judged (the caller's, for fact_extract() or
 * fact_figure_run_free()). */
size_t fact_figure_anchors(const struct alignment *al,
                           const struct lexicon *lx,
                           const struct quantity_words *qw,
                           struct fact_anchor **out,
                           struct fact_figure_run **keep);

void fact_figure_run_free(struct fact_figure_run *run);

/* A one-line account of the facts of group g, for a status line or a
 * tooltip: "figures differ: 350 ≠ 400; 1 figure agrees; 3 names".  The
 * figures are quoted from the reports as they are, so show the summary
 * through the same escaping as the text.  Writes at most size bytes into
 * buf, NUL included, and returns the length the whole summary needs, as
 * snprintf() does. */
size_t fact_summary(const struct facts *fs, size_t g, char *buf,
                    size_t size);

/* The names of group g that both reports give, each once, as article a
 * (side s of the comparison) writes them, in the order of the facts:
 * fn(ctx, text, length) for each of the first max, and the number of
 * further distinct names returned ("and 2 more").  Names seen go into a
 * hash set, so a passage of thousands of names costs one probe each. */
typedef void (*fact_name_fn)(void *ctx, const uint8_t *s, size_t n);
size_t fact_names(const struct facts *fs, const struct article *a,
                  enum side s, size_t g, size_t max, fact_name_fn fn,
                  void *ctx);

/* Whether part (n bytes, not NUL-ended) of a fact_summary() is its count
 * of names, "1 name" or "3 names", which a caller may replace with the
 * names themselves. */
bool fact_summary_is_name_count(const char *part, size_t n);

const char *fact_type_str(enum fact_type type);
const char *fact_status_str(enum fact_status status);

#endif
