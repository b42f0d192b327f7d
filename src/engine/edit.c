/* edit.c - word diffs of the aligned passages, mapped back to the bytes
 * of their paragraphs. */
#include "edit.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "mem.h"
#include "thread.h"
#include "token.h"
#include "worddiff.h"

/* Punctuation tokens carry a code point, not a lexicon id: kept apart
 * from the words with a bit no lexicon id has. */
#define EDIT_PUNCT_BIT 0x80000000u

/* One side of a passage: its words joined, each with its paragraph and
 * the index of its token in the article (32 bits each: a word diff of
 * megabytes keeps three arrays of them). */
struct side_words {
	const struct article *a;
	uint32_t *id;
	uint32_t *para;
	uint32_t *tok;
	size_t n, cap;
	size_t first_para;	/* the side's first paragraph */
};

/* A token as the word diff compares it. */
static uint32_t
word_id(const struct token *t)
{
	return t->kind == TOKEN_PUNCT ? t->word | EDIT_PUNCT_BIT : t->word;
}

static void
side_words_add(struct side_words *sw, const struct article *a, size_t p)
{
	const struct article_para *ap = &a->para[p];
	size_t i;

	if (sw->n + ap->ntok > sw->cap) {
		sw->cap = sw->n + ap->ntok + sw->cap;
		sw->id = xreallocarray(sw->id, sw->cap, sizeof *sw->id);
		sw->para = xreallocarray(sw->para, sw->cap, sizeof *sw->para);
		sw->tok = xreallocarray(sw->tok, sw->cap, sizeof *sw->tok);
	}
	if (ap->tok + ap->ntok > UINT32_MAX || p > UINT32_MAX)
		fatal("a report of over four billion words");
	sw->a = a;
	for (i = 0; i < ap->ntok; i++) {
		sw->id[sw->n] = word_id(&a->tok[ap->tok + i]);
		sw->para[sw->n] = (uint32_t)p;
		sw->tok[sw->n] = (uint32_t)(ap->tok + i);
		sw->n++;
	}
}

/* The token of word i of a side. */
static const struct token *
word_token(const struct side_words *sw, size_t i)
{
	return &sw->a->tok[sw->tok[i]];
}

static void
side_words_fini(struct side_words *sw)
{
	free(sw->id);
	free(sw->para);
	free(sw->tok);
}

/* The empty span where words would go before word i of a side: right
 * after word i - 1, or before the side's first word. */
static struct fact_span
gap(const struct side_words *sw, size_t i)
{
	struct fact_span sp = { sw->first_para, 0, 0 };

	if (i > 0) {
		const struct token *t = word_token(sw, i - 1);

		sp.para = sw->para[i - 1];
		sp.start = sp.end = t->start + t->len;
	} else if (sw->n > 0) {
		sp.para = sw->para[0];
		sp.start = sp.end = word_token(sw, 0)->start;
	}
	return sp;
}

/* The span of words [from, to) of a side, all in one paragraph. */
static struct fact_span
words_span(const struct side_words *sw, size_t from, size_t to)
{
	const struct token *last = word_token(sw, to - 1);
	struct fact_span sp = { sw->para[from], word_token(sw, from)->start,
		                last->start + last->len };

	return sp;
}

/* The end of the run of words from i on, up to end, in i's paragraph. */
static size_t
para_run(const struct side_words *sw, size_t i, size_t end)
{
	size_t j = i;

	while (j < end && sw->para[j] == sw->para[i])
		j++;
	return j;
}

static void
push(struct edits *ed, enum edit_op op, struct fact_span l,
     struct fact_span r)
{
	MEM_GROW(ed->edit, ed->cap, ed->nedit + 1);
	ed->edit[ed->nedit++] = (struct edit){ op, l, r };
}

/* One run of the script as edits, cut where either side's words change
 * paragraph: the i-th piece of a side goes with the other's i-th, and
 * pieces one side has more of are deletions or insertions. */
static void
add_run(struct edits *ed, const struct side_words *l,
        const struct side_words *r, const struct worddiff_edit *e)
{
	size_t li = e->left, le = e->left + e->nleft;
	size_t ri = e->right, re = e->right + e->nright;

	while (li < le || ri < re) {
		size_t lj = li < le ? para_run(l, li, le) : li;
		size_t rj = ri < re ? para_run(r, ri, re) : ri;
		struct fact_span ls, rs;

		ls = li < le ? words_span(l, li, lj) : gap(l, li);
		rs = ri < re ? words_span(r, ri, rj) : gap(r, ri);

		push(ed, li < le && ri < re ? EDIT_REPLACE
		         : li < le ? EDIT_DELETE : EDIT_INSERT, ls, rs);
		li = lj;
		ri = rj;
	}
}

/* Whether the two sides of passage g are the same text, paragraph by
 * paragraph, and how many words they have: then the word diff has
 * nothing to say.  Most passages of two versions of one report are so,
 * and comparing their bytes costs far less than listing their words. */
static bool
same_text(const struct alignment *al, size_t g, size_t *n)
{
	const struct align_group *ag = &al->group[g];
	size_t i;

	*n = 0;
	if (ag->nleft != ag->nright)
		return false;
	for (i = 0; i < ag->nleft; i++) {
		const struct article_para *lp =
			&al->left->para[align_left(al, g, i)];
		const struct article_para *rp =
			&al->right->para[align_right(al, g, i)];

		if (lp->len != rp->len || lp->ntok != rp->ntok ||
		    memcmp(al->left->text + lp->start,
		           al->right->text + rp->start, lp->len) != 0)
			return false;
		*n += lp->ntok;
	}
	return true;
}

/* The edit scripts of groups [g0, g1) of al: each group's entry in
 * group[] (shared, each range its own), the edits appended to ed's. */
static void
find_range(struct edits *ed, struct edit_group *group, size_t g0, size_t g1)
{
	const struct alignment *al = ed->al;
	struct side_words l = { 0 }, r = { 0 };
	struct worddiff wd = { 0 };
	size_t g, i;

	for (g = g0; g < g1; g++) {
		const struct align_group *ag = &al->group[g];
		struct edit_group *eg = &group[g];
		size_t same;

		if (same_text(al, g, &same)) {
			/* As the diff would find it: all equal, no edits
			 * (paragraphs paired word for word have no words
			 * listed). */
			eg->first = ed->nedit;
			eg->likeness = same > 0 || align_is_verbatim(al, g)
			               ? 1.0 : 0.0;
			continue;
		}
		l.n = r.n = 0;
		l.first_para = align_left(al, g, 0);
		r.first_para = align_right(al, g, 0);
		for (i = 0; i < ag->nleft; i++)
			side_words_add(&l, al->left, align_left(al, g, i));
		for (i = 0; i < ag->nright; i++)
			side_words_add(&r, al->right, align_right(al, g, i));
		worddiff_run(l.id, l.n, r.id, r.n, &wd);
		eg->first = ed->nedit;
		eg->likeness = worddiff_likeness(&wd, l.n, r.n);
		/* One side without words: the script is plain (all inserted
		 * or all deleted), never noise. */
		if (l.n > 0 && r.n > 0 && eg->likeness < EDIT_MIN_LIKENESS) {
			eg->skipped = true;
			continue;
		}
		for (i = 0; i < wd.n; i++)
			if (wd.v[i].op != WORDDIFF_EQUAL)
				add_run(ed, &l, &r, &wd.v[i]);
		eg->n = ed->nedit - eg->first;
	}
	worddiff_fini(&wd);
	side_words_fini(&l);
	side_words_fini(&r);
}

/* Half of the groups, for one thread. */
struct range_job {
	struct edits part;	/* its own edits */
	struct edit_group *group;
	size_t g0, g1;
};

static void
range_job(void *arg)
{
	struct range_job *j = arg;

	find_range(&j->part, j->group, j->g0, j->g1);
}

struct edits *
edit_find(const struct alignment *al)
{
	struct edits *ed = xcalloc(1, sizeof *ed);
	struct range_job half[2];
	size_t g, mid = al->ngroup / 2;

	ed->al = al;
	ed->ngroup = al->ngroup;
	ed->group = xcalloc(al->ngroup ? al->ngroup : 1, sizeof *ed->group);
	/* The two halves of the groups at once, each with edits of its
	 * own; the second's then follow the first's. */
	memset(half, 0, sizeof half);
	half[0].part.al = half[1].part.al = al;
	half[0].group = half[1].group = ed->group;
	half[0].g1 = half[1].g0 = mid;
	half[1].g1 = al->ngroup;
	thread_both_for(al->left->text_len + al->right->text_len, range_job,
	                &half[1], &half[0]);
	ed->nedit = half[0].part.nedit + half[1].part.nedit;
	ed->cap = ed->nedit + 1;
	ed->edit = xreallocarray(half[0].part.edit, ed->nedit + 1,
	                         sizeof *ed->edit);
	if (half[1].part.nedit > 0)
		memcpy(ed->edit + half[0].part.nedit, half[1].part.edit,
		       half[1].part.nedit * sizeof *ed->edit);
	free(half[1].part.edit);
	for (g = mid; g < al->ngroup; g++)
		ed->group[g].first += half[0].part.nedit;
	return ed;
}

void
edit_free(struct edits *ed)
{
	if (ed == NULL)
		return;
	free(ed->edit);
	free(ed->group);
	free(ed);
}

const char *
edit_op_str(enum edit_op op)
{
	switch (op) {
	case EDIT_INSERT:
		return "insert";
	case EDIT_DELETE:
		return "delete";
	case EDIT_REPLACE:
		return "replace";
	}
	return "?";
}
