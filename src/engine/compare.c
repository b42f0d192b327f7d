/* compare.c - building a comparison, the two sides in parallel. */
#include "compare.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact.h"
#include "figure.h"
#include "lexicon.h"
#include "thread.h"

/* One side's work: load (unless given an article), then analyze with a
 * lexicon of its own, so the two sides share nothing while they run. */
struct side_job {
	const char *path;
	const struct article_opts *opts;
	const struct compare_data *data;
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
	}
	return lx;
}

static void
run_side(void *arg)
{
	struct side_job *j = arg;

	if (j->a == NULL) {
		j->rc = article_load_file(j->path, j->opts, &j->a);
		j->err = errno;
		if (j->rc != RC_OK)
			return;
	}
	j->lx = new_lexicon(j->data);
	article_analyze(j->a, j->lx);
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

	thread_both(figure_job, &r, &l);
	figure_words_free(fw);
}

/* Run both jobs at once; then put the right side's words into the left
 * side's lexicon. */
static enum rc
run_both(struct compare *c, struct side_job *l, struct side_job *r,
         enum compare_side *failed)
{
	uint32_t *map;

	thread_both(run_side, r, l);
	if (l->rc != RC_OK || r->rc != RC_OK) {
		bool left = l->rc != RC_OK;

		if (failed)
			*failed = left ? COMPARE_LEFT : COMPARE_RIGHT;
		errno = left ? l->err : r->err;
		article_free(l->a);
		article_free(r->a);
		lexicon_free(l->lx);
		lexicon_free(r->lx);
		return left ? l->rc : r->rc;
	}
	map = lexicon_merge(l->lx, r->lx);
	article_remap(r->a, map);
	free(map);
	lexicon_free(r->lx);
	c->lx = l->lx;
	c->left = l->a;
	c->right = r->a;
	find_figures(c);
	align_run(c->left, c->right, c->lx, NULL, &c->al);
	fact_extract(c->al, c->lx);
	return RC_OK;
}

enum rc
compare_load(struct compare *c, const char *left, const char *right,
             const struct article_opts *opts, const struct compare_data *data,
             enum compare_side *failed)
{
	struct side_job l = { .path = left, .opts = opts, .data = data };
	struct side_job r = { .path = right, .opts = opts, .data = data };

	memset(c, 0, sizeof *c);
	return run_both(c, &l, &r, failed);
}

void
compare_articles(struct compare *c, struct article *left,
                 struct article *right, const struct compare_data *data)
{
	struct side_job l = { .a = left, .data = data };
	struct side_job r = { .a = right, .data = data };

	memset(c, 0, sizeof *c);
	run_both(c, &l, &r, NULL);
}

void
compare_fini(struct compare *c)
{
	if (c == NULL)
		return;
	align_free(c->al);
	article_free(c->left);
	article_free(c->right);
	lexicon_free(c->lx);
	memset(c, 0, sizeof *c);
}
