/* revision.h - two versions of one report: telling them apart from two
 * reports of one event, and a summary of what changed between them.
 * Engine; include from engine, tui, main and tests.
 *
 * Two versions of one story (a wire report and its reprint, an article
 * before and after a silent edit) pair nearly every paragraph with a
 * close counterpart; two outlets' reports of one event do not.  For
 * versions, the summary lists the paragraphs added, removed, moved and
 * reworded, the figures (and dates) changed and the quotations changed,
 * from the alignment and the passages' word edits. */
#ifndef NEWSDIFF_REVISION_H
#define NEWSDIFF_REVISION_H

#include <stdbool.h>
#include <stddef.h>

struct alignment;
struct article;
struct compare;
struct edits;
struct out;

/* A paragraph pairs closely when its passage scores at least this: a
 * paragraph with a word or two changed scores above 0.9, a paraphrase by
 * another outlet rarely above 0.6; a seven-word headline with one word
 * changed scores about 0.77, which the share below leaves room for. */
#define REVISION_MIN_SCORE 0.8

/* Two texts are versions of one report when at least this part of the
 * content paragraphs of both pair closely: a few added, removed or
 * rewritten paragraphs leave them versions, a second outlet's report is
 * far below (its best passages score under REVISION_MIN_SCORE). */
#define REVISION_MIN_SHARE 0.75

enum revision_kind {
	REVISION_ADDED,		/* a right paragraph the left lacks */
	REVISION_REMOVED,	/* a left paragraph the right lacks */
	REVISION_MOVED,		/* a passage out of the other's order */
	REVISION_REWORDED,	/* a passage's words changed otherwise */
	REVISION_FIGURE,	/* a figure or date changed */
	REVISION_QUOTE,		/* a quotation's words changed */
	REVISION_KIND_COUNT
};

/* One change.  left and right are paragraphs (ARTICLE_NONE for a side
 * that has none); edits->edit[edit .. edit + nedit) are the word edits
 * it stands for (figures, quotations, rewording). */
struct revision_item {
	enum revision_kind kind;
	size_t group;		/* ALIGN_NONE for added and removed */
	size_t left, right;
	size_t edit, nedit;
};

/* The result of revision_find(): changes in the order of the right
 * (newer) report.  It refers to the comparison's alignment and edits;
 * they must outlive it. */
struct revisions {
	struct revision_item *v;
	size_t n, cap;
	size_t close, content;	/* paragraphs that pair closely, of all
				 * content paragraphs of both */
	bool *same[2];		/* per paragraph of each side: unpaired, and
				 * the other side has its text unpaired too
				 * (page furniture, never aligned): no change */
};

/* How many content paragraphs of both reports there are and how many
 * of them pair closely (REVISION_MIN_SCORE); whether that makes the two
 * versions of one report (REVISION_MIN_SHARE).  Cheap: reads only the
 * alignment. */
bool revision_is_likely(const struct alignment *al, size_t *close,
                        size_t *content);

/* Before their analysis: pair every content paragraph of left with one
 * of right that has the same bytes (article_para.verbatim and .twin),
 * when that pairs REVISION_MIN_SHARE of the content paragraphs of both
 * (the two are then versions of one report whatever else they hold).
 * The analysis skips those paragraphs and the alignment pairs them as
 * they are: most of two versions is the same text, and only what changed
 * is worth the work.  Whether it paired them (else both are left as they
 * were: fewer shared word for word, the whole analysis tells). */
bool revision_pair_verbatim(struct article *left, struct article *right);

/* The changes between the two reports of c, whose edits have been found
 * (c->edits).  The caller owns the result (revision_free()). */
struct revisions *revision_find(const struct compare *c);

void revision_free(struct revisions *rv);

/* "added", "removed", "moved", "reworded", "figure", "quotation": the
 * kinds as the JSON export names them. */
const char *revision_kind_id(enum revision_kind kind);

/* "added", "removed", "moved", "reworded", "figure changed",
 * "quotation changed". */
const char *revision_kind_str(enum revision_kind kind);

/* What item it says, as plain text quoting the reports' own words
 * (unescaped: the caller escapes for its format), onto o:
 * "headline: 12 → 17 dead", "right 6: “Rescue teams...”". */
void revision_item_text(const struct compare *c,
                        const struct revision_item *it, struct out *o);

#endif
