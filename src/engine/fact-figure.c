/* fact-figure.c - figures of two aligned passages paired by what they
 * count: the same noun or kind, then the value.  A pair agrees when the
 * two intervals meet (figure_agree()) and differs otherwise. */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "align.h"
#include "article.h"
#include "fact-int.h"
#include "figure.h"
#include "mem.h"
#include "token.h"

/* Figures: at most this many a side are paired in one group, which
 * bounds the pairing (quadratic in them) on absurd inputs; a news
 * passage has a handful. */
#define FIG_MAX 1000

/* Words around a figure that may show what it is said of. */
#define FIG_CONTEXT 4

/* Figures without a noun pair only when they agree, their values within
 * NOUNLESS_MAX_DIFF, and a count among them only from NOUNLESS_MIN_COUNT
 * on: "3.4bn dollars" and "$3.4 billion" are one sum, two "3"s are not
 * much. */
#define NOUNLESS_MAX_DIFF 0.05
#define NOUNLESS_MIN_COUNT 10

/* Kinds where two different values are as likely two different things
 * as a disagreement: a year, a score.  They are marked when they match,
 * never as differing. */
static bool
match_only(enum figure_kind k)
{
	return k == FIGURE_YEAR || k == FIGURE_SCORE;
}

/* Kinds that stand for one quantity of the passage even without a noun:
 * when each side has just one left over, they are the same quantity. */
static bool
pairs_alone(const struct figure *f)
{
	switch (f->kind) {
	case FIGURE_MONEY:
	case FIGURE_PERCENT:
	case FIGURE_POINTS:
	case FIGURE_AGE:
		return true;
	default:
		return false;
	}
}

/* A word that may say what a figure is about ("killed", "injured"): not
 * a stopword, a name, or a weak word like a day or an official's title. */
static bool
is_predicate(const struct token *t)
{
	return !(t->flags &
	         (TOKEN_STOP | TOKEN_CAP | TOKEN_ACRONYM | TOKEN_WEAK));
}

/* The stems of the content words around figure f (up to FIG_CONTEXT
 * each side, outside the figure), sorted, into out; returns how many. */
static size_t
figure_context(const struct article *a, const struct figure *f, uint32_t *out)
{
	const struct article_para *pp = &a->para[f->para];
	const struct token *t = a->tok + pp->tok;
	size_t i, n = 0, k, lo = 0, hi = pp->ntok;

	while (lo < hi) {	/* the figure's first token */
		size_t mid = lo + (hi - lo) / 2;

		if (t[mid].start < f->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo, k = 0; i > 0 && k < FIG_CONTEXT; i--)
		if (t[i - 1].kind == TOKEN_WORD) {
			k++;
			if (is_predicate(&t[i - 1]))
				out[n++] = t[i - 1].stem;
		}
	for (i = lo; i < pp->ntok && t[i].start < f->end; i++)
		;
	for (k = 0; i < pp->ntok && k < FIG_CONTEXT; i++)
		if (t[i].kind == TOKEN_WORD) {
			k++;
			if (is_predicate(&t[i]))
				out[n++] = t[i].stem;
		}
	return n;
}

/* Whether two disagreeing figures are said of the same event: a word
 * near both ("350 people had been killed" and "400 civilians have been
 * killed").  Without one, "212 people" carried and "176 people" rescued
 * are two quantities, not a disagreement.  A noun of its own, outside
 * the synonym groups of people, time and the like, is such a word by
 * itself: "5,000 tents" distributed and "2,000 tents" handed out in one
 * passage are one quantity told two ways. */
static bool
same_context(const struct alignment *al, const struct figure *a,
             const struct figure *b)
{
	uint32_t ca[2 * FIG_CONTEXT], cb[2 * FIG_CONTEXT];
	size_t na, nb, i, j;

	if (a->noun != 0 && a->noun == b->noun && a->noun_group == a->noun)
		return true;
	na = figure_context(al->left, a, ca);
	nb = figure_context(al->right, b, cb);
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (ca[i] == cb[j] && ca[i] != a->noun &&
			    cb[j] != b->noun)
				return true;
	return false;
}

/* The figures of group g on one side (at most FIG_MAX), into its
 * buffer; returns how many. */
static size_t
collect_figures(const struct alignment *al, size_t g, enum side s,
                struct fact_side_buf *buf)
{
	bool left = s == SIDE_LEFT;
	const struct article *a = left ? al->left : al->right;
	const struct align_group *gr = &al->group[g];
	size_t **out = &buf->fig, *cap = &buf->fig_cap;
	size_t m, n = 0, k;

	for (m = 0; m < (left ? gr->nleft : gr->nright); m++) {
		size_t p = left ? align_left(al, g, m) : align_right(al, g, m);

		for (k = 0; k < a->para[p].nfig && n < FIG_MAX; k++) {
			MEM_GROW(*out, *cap, n + 1);
			(*out)[n++] = a->para[p].fig + k;
		}
	}
	return n;
}

static void
emit_figure(struct fact_acc *fs, const struct alignment *al, size_t li,
            size_t ri)
{
	const struct figure *a = &al->left->fig[li], *b = &al->right->fig[ri];
	struct fact *f = fact_add(fs, FACT_FIGURE,
	                          figure_agree(a, b) ? FACT_MATCH : FACT_DIFFER,
	                          a->para, a->start, a->end, b->para, b->start,
	                          b->end);

	f->fig_left = li;
	f->fig_right = ri;
}

/* The figures of one group as they are paired: each side's (indexes
 * into its article's figures), which are taken, and candidate pairs. */
struct fig_group {
	const struct alignment *al;
	const size_t *left, *right;
	size_t nleft, nright;
	bool *left_used, *right_used;
	struct fact_pair *pairs;
	size_t npairs, cap;
};

static const struct figure *
left_fig(const struct fig_group *fg, size_t i)
{
	return &fg->al->left->fig[fg->left[i]];
}

static const struct figure *
right_fig(const struct fig_group *fg, size_t j)
{
	return &fg->al->right->fig[fg->right[j]];
}

/* How far apart two values are, relative to the larger. */
static double
value_distance(const struct figure *a, const struct figure *b)
{
	double scale = fmax(fmax(fabs(a->value), fabs(b->value)), 1e-9);

	return fabs(a->value - b->value) / scale;
}

/* Pair the candidates, cheapest first, each figure once; the list is
 * emptied. */
static void
take_pairs(struct fact_acc *fs, struct fig_group *fg)
{
	size_t i;

	fact_pair_sort(fg->pairs, fg->npairs);
	for (i = 0; i < fg->npairs; i++) {
		size_t l = fg->pairs[i].l, r = fg->pairs[i].r;

		if (fg->left_used[l] || fg->right_used[r])
			continue;
		fg->left_used[l] = fg->right_used[r] = true;
		emit_figure(fs, fg->al, fg->left[l], fg->right[r]);
	}
	fg->npairs = 0;
}

/* Figures that count the same thing, closest values first. */
static void
pair_comparable(struct fact_acc *fs, struct fig_group *fg)
{
	size_t i, j;

	for (i = 0; i < fg->nleft; i++)
		for (j = 0; j < fg->nright; j++) {
			const struct figure *a = left_fig(fg, i);
			const struct figure *b = right_fig(fg, j);

			if (!figure_comparable(a, b))
				continue;
			if (!figure_agree(a, b) &&
			    (match_only(a->kind) ||
			     !same_context(fg->al, a, b)))
				continue;
			fact_pair_add(&fg->pairs, &fg->cap, &fg->npairs, i, j,
			              value_distance(a, b));
		}
	take_pairs(fs, fg);
}

/* The one figure of the right side left over with the kind and unit of
 * left figure i, when i is also the only one of its kind and unit left
 * on its side; else fg->nright. */
static size_t
lone_partner(const struct fig_group *fg, size_t i)
{
	const struct figure *a = left_fig(fg, i);
	size_t found = fg->nright, count = 0, j, k;

	for (k = 0; k < fg->nleft; k++)
		count += !fg->left_used[k] &&
		         left_fig(fg, k)->kind == a->kind &&
		         left_fig(fg, k)->unit == a->unit;
	if (count != 1)
		return fg->nright;
	for (j = 0; j < fg->nright; j++) {
		const struct figure *b = right_fig(fg, j);

		if (fg->right_used[j] || b->kind != a->kind ||
		    b->unit != a->unit || !pairs_alone(b))
			continue;
		if (found != fg->nright)	/* more than one */
			return fg->nright;
		found = j;
	}
	return found;
}

/* A money sum, a percentage, a date... left alone on each side. */
static void
pair_alone(struct fact_acc *fs, struct fig_group *fg)
{
	size_t i, j;

	for (i = 0; i < fg->nleft; i++) {
		const struct figure *a = left_fig(fg, i), *b;

		if (fg->left_used[i] || !pairs_alone(a))
			continue;
		j = lone_partner(fg, i);
		if (j == fg->nright)
			continue;
		b = right_fig(fg, j);
		/* Nouns, when both have one, must not say they count two
		 * different things. */
		if (a->noun_group && b->noun_group &&
		    a->noun_group != b->noun_group)
			continue;
		if (!figure_agree(a, b) && !same_context(fg->al, a, b))
			continue;
		fg->left_used[i] = fg->right_used[j] = true;
		emit_figure(fs, fg->al, fg->left[i], fg->right[j]);
	}
}

/* Whether two figures left over, one without a noun, are one shared
 * figure: the same kind and unit, agreeing values close together, and
 * neither a small count nor a vague date. */
static bool
same_nounless(const struct figure *a, const struct figure *b)
{
	double scale;

	if (a->kind != b->kind || a->unit != b->unit ||
	    (a->noun_group && b->noun_group))
		return false;
	if (a->kind == FIGURE_COUNT &&
	    fmin(a->value, b->value) < NOUNLESS_MIN_COUNT)
		return false;
	if (a->kind == FIGURE_DATE &&
	    (a->hedge == FIGURE_VAGUE || b->hedge == FIGURE_VAGUE))
		return false;
	scale = fmax(fmax(fabs(a->value), fabs(b->value)), 1e-9);
	return figure_agree(a, b) &&
	       fabs(a->value - b->value) <= NOUNLESS_MAX_DIFF * scale;
}

/* Figures with no noun on a side: the same value, in the same kind and
 * unit, is one shared figure. */
static void
pair_nounless(struct fact_acc *fs, struct fig_group *fg)
{
	size_t i, j;

	for (i = 0; i < fg->nleft; i++)
		for (j = 0; j < fg->nright; j++) {
			const struct figure *a = left_fig(fg, i);
			const struct figure *b = right_fig(fg, j);

			if (fg->left_used[i] || fg->right_used[j] ||
			    !same_nounless(a, b))
				continue;
			fact_pair_add(&fg->pairs, &fg->cap, &fg->npairs, i, j,
			              value_distance(a, b));
		}
	take_pairs(fs, fg);
}

void
fact_group_figures(struct fact_acc *fs, const struct alignment *al, size_t g,
                   struct fact_scratch *sc)
{
	struct fact_side_buf *lb = &sc->side[SIDE_LEFT];
	struct fact_side_buf *rb = &sc->side[SIDE_RIGHT];
	struct fig_group fg = { .al = al };

	fg.nleft = collect_figures(al, g, SIDE_LEFT, lb);
	fg.nright = collect_figures(al, g, SIDE_RIGHT, rb);
	if (fg.nleft == 0 || fg.nright == 0)
		return;
	fg.left = lb->fig;
	fg.right = rb->fig;
	fg.left_used = fact_flags(&lb->fig_used, &lb->fig_used_cap, fg.nleft);
	fg.right_used = fact_flags(&rb->fig_used, &rb->fig_used_cap, fg.nright);
	pair_comparable(fs, &fg);
	pair_alone(fs, &fg);
	pair_nounless(fs, &fg);
	free(fg.pairs);
}
