/* compare.c - building a comparison, the two sides in parallel. */
#include "compare.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "align.h"
#include "article.h"
#include "edit.h"
#include "fact.h"
#include "figure.h"
#include "lexicon.h"
#include "quantity.h"
#include "revision.h"
#include "thread.h"

/* One side's work: load and cut into paragraphs (unless given an
 * article), then tokenize with a lexicon of its own, a copy of the word
 * lists' one (base, which both only read), so the two sides share
 * nothing while they run. */
struct side_job {
	const char *path;
	const struct article_opts *opts;
	const struct compare_data *data;
	const struct lexicon *base;
	struct article *a;
	struct lexicon *lx;
	enum rc rc;
	int err;
};

static struct lexicon *
new_lexicon(const struct compare_data *d)
{
	struct lexicon *lx = lexicon_new();

	if (d != NULL) {
		lexicon_load_stopwords(lx, d->stopwords, d->nstopwords);
		lexicon_load_synonyms(lx, d->synonyms, d->nsynonyms);
		if (d->related != NULL)
			lexicon_load_related(lx, d->related, d->nrelated);
	}
	return lx;
}

static void
load_side(void *arg)
{
	struct side_job *j = arg;

	if (j->a == NULL) {
		j->rc = article_load_file(j->path, j->opts, &j->a);
		j->err = errno;
	}
}

static void
analyze_side(void *arg)
{
	struct side_job *j = arg;

	/* Copied here, so that the copy and its growth stay in this
	 * thread's memory (copied before the threads, the right side's
	 * grew in the other's: 10 MB more at the peak of the generated
	 * 5 MB pair). */
	j->lx = lexicon_copy(j->base);
	article_analyze(j->a, j->lx);
}

/* The right side's words into the left side's lexicon, which becomes the
 * comparison's; both are copies of one of shared words. */
static void
merge_words(struct compare *c, struct side_job *l, struct side_job *r,
            uint32_t shared)
{
	uint32_t *map = lexicon_merge(l->lx, r->lx, shared);

	article_remap(r->a, map);
	free(map);
	lexicon_free(r->lx);
	c->lx = l->lx;
	c->left = l->a;
	c->right = r->a;
}

struct figure_job {
	struct article *a;
	const struct figure_words *fw;
	const struct lexicon *lx;
};

static void
figure_job(void *arg)
{
	struct figure_job *j = arg;

	article_find_figures(j->a, j->fw, j->lx);
}

/* The figures of both articles, at once: the number words are interned
 * first, so the two only read the lexicon. */
static void
find_figures(struct compare *c)
{
	struct figure_words *fw = figure_words_new(c->lx);
	struct figure_job l = { c->left, fw, c->lx };
	struct figure_job r = { c->right, fw, c->lx };

	thread_both_for(c->left->text_len + c->right->text_len, figure_job,
	                &r, &l);
	figure_words_free(fw);
}

/* Paragraphs that the alignment left apart but that give one figure on
 * strong evidence become passages of their own, before the facts are
 * found.  The figures as judged for it, for the facts when no passage
 * was added (else NULL: they are judged again, in the new passages). */
static struct fact_figure_run *
anchor_figures(struct compare *c, const struct quantity_words *qw)
{
	struct fact_anchor *v;
	struct fact_figure_run *run;
	size_t i, n = fact_figure_anchors(c->al, c->lx, qw, &v, &run);

	for (i = 0; i < n; i++)
		align_add_group(c->al, v[i].left, v[i].right, v[i].score);
	free(v);
	if (n > 0) {
		fact_figure_run_free(run);
		run = NULL;
	}
	return run;
}

/* The size of a report's file, to know whether reading it is worth a
 * thread; THREAD_MIN_WORK when it is not a regular file (standard input,
 * an address, a missing file). */
static size_t
input_size(const char *path)
{
	struct stat st;

	if (path == NULL || strcmp(path, "-") == 0 || stat(path, &st) != 0 ||
	    !S_ISREG(st.st_mode))
		return THREAD_MIN_WORK;
	return (size_t)st.st_size;
}

/* The pipeline: each stage one call, each reading the one before as
 * const.  Load and cut into paragraphs, each report in a thread of its
 * own; pair what versions share word for word; tokenize, each report in
 * a thread of its own with a lexicon of its own; then one lexicon for both,
 * the figures, the alignment of the paragraphs and the facts of each
 * aligned passage. */
static enum rc
run_pipeline(struct compare *c, struct side_job *l, struct side_job *r,
             enum side *failed)
{
	struct quantity_words *qw;
	struct fact_figure_run *run;
	struct lexicon *base;

	enum compare_mode mode = l->data ? l->data->mode : COMPARE_AUTO;

	thread_both_for(input_size(l->path) + input_size(r->path), load_side,
	                r, l);				/* load */
	if (l->rc != RC_OK || r->rc != RC_OK) {
		enum side bad = l->rc != RC_OK ? SIDE_LEFT : SIDE_RIGHT;
		struct side_job *j = bad == SIDE_LEFT ? l : r;

		if (failed)
			*failed = bad;
		article_free(l->a);
		article_free(r->a);
		errno = j->err;
		return j->rc;
	}
	if (mode != COMPARE_REPORTS)			/* versions */
		revision_pair_verbatim(l->a, r->a);
	/* The word lists once: stemming the synonyms for each side was a
	 * tenth of the bundled pair's work. */
	base = new_lexicon(l->data);
	l->base = r->base = base;
	thread_both_for(article_analyzed_size(l->a) +	/* tokenize */
	                article_analyzed_size(r->a), analyze_side, r, l);
	merge_words(c, l, r, lexicon_count(base));	/* one lexicon */
	lexicon_free(base);
	find_figures(c);				/* figures */
	align_run(c->left, c->right, c->lx, NULL, &c->al);	/* align */
	qw = quantity_words_new(c->lx);	/* what figures measure: the
					 * last words the lexicon takes */
	run = anchor_figures(c, qw);		/* paired by a figure */
	c->facts = fact_extract(c->al, c->lx, qw, run);	/* facts */
	quantity_words_free(qw);
	return RC_OK;
}

enum rc
compare_load(struct compare *c, const char *left, const char *right,
             const struct article_opts *opts, const struct compare_data *data,
             enum side *failed)
{
	struct side_job l = { .path = left, .opts = opts, .data = data };
	struct side_job r = { .path = right, .opts = opts, .data = data };

	memset(c, 0, sizeof *c);
	return run_pipeline(c, &l, &r, failed);
}

void
compare_articles(struct compare *c, struct article *left,
                 struct article *right, const struct compare_data *data)
{
	struct side_job l = { .a = left, .data = data };
	struct side_job r = { .a = right, .data = data };

	memset(c, 0, sizeof *c);
	run_pipeline(c, &l, &r, NULL);
}

void
compare_fini(struct compare *c)
{
	if (c == NULL)
		return;
	revision_free(c->revisions);
	edit_free(c->edits);
	fact_free(c->facts);
	align_free(c->al);
	article_free(c->left);
	article_free(c->right);
	lexicon_free(c->lx);
	memset(c, 0, sizeof *c);
}

void
compare_word_diff(struct compare *c)
{
	if (c->al != NULL && c->edits == NULL)
		c->edits = edit_find(c->al);
}

bool
compare_is_revision(const struct compare *c)
{
	return c->al != NULL && revision_is_likely(c->al, NULL, NULL);
}

void
compare_revisions(struct compare *c)
{
	compare_word_diff(c);
	if (c->al != NULL && c->revisions == NULL)
		c->revisions = revision_find(c);
}

const struct article *
compare_article(const struct compare *c, enum side s)
{
	return s == SIDE_LEFT ? c->left : c->right;
}

size_t
compare_group_of(const struct compare *c, enum side s, size_t para)
{
	if (c->al == NULL)
		return ALIGN_NONE;
	return s == SIDE_LEFT ? c->al->left_group[para]
	                      : c->al->right_group[para];
}

size_t
compare_count_unpaired(const struct compare *c, enum side s)
{
	const struct article *a = compare_article(c, s);
	size_t i, n = 0;

	for (i = 0; i < a->npara; i++)
		n += compare_group_of(c, s, i) == ALIGN_NONE;
	return n;
}

const char *
compare_score_str(double score, char *buf)
{
	long k = (long)(score * 100 + 0.5);

	k = k < 0 ? 0 : k > 100 ? 100 : k;
	snprintf(buf, COMPARE_SCORE_SIZE, "%ld.%02ld", k / 100, k % 100);
	return buf;
}
