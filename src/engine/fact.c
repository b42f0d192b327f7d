/* fact.c - facts inside aligned groups: figures paired by what they
 * count, quotations compared word by word, names, shared phrases. */
#include "fact.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "figure.h"
#include "lexicon.h"
#include "mem.h"
#include "thread.h"
#include "quote.h"
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

/* Quotations are aligned word by word (Needleman-Wunsch, a gap or a
 * different word costing 1, free end gaps on the longer one) and taken
 * for the same quotation when the cost per word of the shorter one is at
 * most QUOTE_MAX_COST (QUOTUS tolerates 0.4).  Pairs whose alignment
 * table would exceed QUOTE_MAX_CELLS are compared for equality only. */
#define QUOTE_MAX_COST 0.4
#define QUOTE_MIN_WORDS 2
#define QUOTE_MAX_CELLS 250000

/* Phrases: runs of at least PHRASE_MIN_WORDS shared words, with at least
 * PHRASE_MIN_CONTENT that are not stopwords.  A word pair that starts
 * more than PHRASE_MAX_CAND runs on the other side is followed from the
 * first PHRASE_MAX_CAND only, so repetitive text stays linear. */
#define PHRASE_MIN_WORDS 3
#define PHRASE_MIN_CONTENT 2
#define PHRASE_MAX_CAND 16

struct fact_acc {
	struct fact *v;
	size_t n, cap;
	struct fact_diff *d;
	size_t nd, dcap;
};

struct name_run {
	size_t para;
	uint32_t start, end;	/* bytes */
	uint32_t last;		/* stem of the last word: the surname */
	uint64_t full;		/* hash of all its words */
	bool used;
};

/* Buffers one job reuses from group to group: a passage needs a few
 * small arrays, and there may be a hundred thousand passages. */
struct scratch {
	size_t *lf, *rf;	/* figures */
	size_t lfcap, rfcap;
	bool *lused, *rused;
	size_t lucap, rucap;
	struct name_run *ln, *rn;	/* names */
	size_t lncap, rncap;
	uint32_t *lw, *rw;	/* phrases */
	bool *lj, *rj, *lcov, *rcov;
	size_t lwcap, rwcap, ljcap, rjcap, lccap, rccap;
	uint32_t *head, *next;
	size_t hcap, ncap;
};

static void
scratch_fini(struct scratch *s)
{
	free(s->lf);
	free(s->rf);
	free(s->lused);
	free(s->rused);
	free(s->ln);
	free(s->rn);
	free(s->lw);
	free(s->rw);
	free(s->lj);
	free(s->rj);
	free(s->lcov);
	free(s->rcov);
	free(s->head);
	free(s->next);
}

/* A zeroed array of n flags from buffer *p (capacity *cap). */
static bool *
flags(bool **p, size_t *cap, size_t n)
{
	MEM_GROW(*p, *cap, n + 1);
	memset(*p, 0, n + 1);
	return *p;
}

static struct fact *
add_fact(struct fact_acc *fs, enum fact_type type, enum fact_status status,
         size_t lp, uint32_t ls, uint32_t le, size_t rp, uint32_t rs,
         uint32_t re)
{
	struct fact *f;

	MEM_GROW(fs->v, fs->cap, fs->n + 1);
	f = &fs->v[fs->n++];
	memset(f, 0, sizeof *f);
	f->type = type;
	f->status = status;
	f->left.para = lp;
	f->left.start = ls;
	f->left.end = le;
	f->right.para = rp;
	f->right.start = rs;
	f->right.end = re;
	f->fig_left = f->fig_right = ALIGN_NONE;
	return f;
}

/* A candidate pair of figures or quotations in a group, taken greedily
 * cheapest first. */
struct cost_pair {
	size_t l, r;		/* indexes into the group's lists */
	double cost;		/* figures: relative difference of the
				 * values; quotations: cost per word */
};

static void
add_pair(struct cost_pair **v, size_t *cap, size_t *n, size_t l, size_t r,
         double cost)
{
	MEM_GROW(*v, *cap, *n + 1);
	(*v)[*n].l = l;
	(*v)[*n].r = r;
	(*v)[*n].cost = cost;
	(*n)++;
}

static int
cmp_cost_pair(const void *a, const void *b)
{
	const struct cost_pair *x = a, *y = b;

	if (x->cost != y->cost)
		return x->cost < y->cost ? -1 : 1;
	if (x->l != y->l)
		return x->l < y->l ? -1 : 1;
	return x->r < y->r ? -1 : x->r > y->r;
}

static void
sort_pairs(struct cost_pair *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_cost_pair);
}

/* ---- figures ------------------------------------------------------- */

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
	return !(t->flags & (TOKEN_STOP | TOKEN_CAP | TOKEN_ACRONYM | TOKEN_WEAK));
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
			if (ca[i] == cb[j] && ca[i] != a->noun && cb[j] != b->noun)
				return true;
	return false;
}

static size_t
collect_figures(const struct alignment *al, size_t g, bool left, size_t **out,
                size_t *cap)
{
	const struct article *a = left ? al->left : al->right;
	const struct align_group *gr = &al->group[g];
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
	struct fact *f = add_fact(fs, FACT_FIGURE,
	                          figure_agree(a, b) ? FACT_MATCH : FACT_DIFFER,
	                          a->para, a->start, a->end, b->para, b->start,
	                          b->end);

	f->fig_left = li;
	f->fig_right = ri;
}

static void
group_figures(struct fact_acc *fs, const struct alignment *al, size_t g,
              struct scratch *sc)
{
	size_t nl = collect_figures(al, g, true, &sc->lf, &sc->lfcap);
	size_t nr = collect_figures(al, g, false, &sc->rf, &sc->rfcap);
	size_t *lf = sc->lf, *rf = sc->rf;
	bool *lused, *rused;
	struct cost_pair *pairs = NULL;
	size_t np = 0, cap = 0, i, j;

	if (nl == 0 || nr == 0)
		return;
	lused = flags(&sc->lused, &sc->lucap, nl);
	rused = flags(&sc->rused, &sc->rucap, nr);

	/* Figures that count the same thing, closest values first. */
	for (i = 0; i < nl; i++)
		for (j = 0; j < nr; j++) {
			const struct figure *a = &al->left->fig[lf[i]];
			const struct figure *b = &al->right->fig[rf[j]];
			double scale;

			if (!figure_comparable(a, b))
				continue;
			if (!figure_agree(a, b) &&
			    (match_only(a->kind) || !same_context(al, a, b)))
				continue;
			scale = fmax(fmax(fabs(a->value), fabs(b->value)), 1e-9);
			add_pair(&pairs, &cap, &np, i, j,
			         fabs(a->value - b->value) / scale);
		}
	sort_pairs(pairs, np);
	for (i = 0; i < np; i++) {
		if (lused[pairs[i].l] || rused[pairs[i].r])
			continue;
		lused[pairs[i].l] = rused[pairs[i].r] = true;
		emit_figure(fs, al, lf[pairs[i].l], rf[pairs[i].r]);
	}

	/* A money sum, a percentage, a date... left alone on each side. */
	for (i = 0; i < nl; i++) {
		const struct figure *a = &al->left->fig[lf[i]];
		size_t found = nr, count = 0, k;

		if (lused[i] || !pairs_alone(a))
			continue;
		for (k = 0; k < nl; k++)
			count += !lused[k] && al->left->fig[lf[k]].kind == a->kind &&
			         al->left->fig[lf[k]].unit == a->unit;
		for (j = 0; j < nr && count == 1; j++) {
			const struct figure *b = &al->right->fig[rf[j]];

			if (rused[j] || b->kind != a->kind || b->unit != a->unit ||
			    !pairs_alone(b))
				continue;
			if (found != nr) {	/* more than one */
				found = nr;
				break;
			}
			found = j;
		}
		if (count != 1 || found == nr)
			continue;
		/* Nouns, when both have one, must not say they count two
		 * different things. */
		if (a->noun_group && al->right->fig[rf[found]].noun_group &&
		    a->noun_group != al->right->fig[rf[found]].noun_group)
			continue;
		if (!figure_agree(a, &al->right->fig[rf[found]]) &&
		    !same_context(al, a, &al->right->fig[rf[found]]))
			continue;
		lused[i] = rused[found] = true;
		emit_figure(fs, al, lf[i], rf[found]);
	}

	/* Figures with no noun on a side: the same value, in the same kind
	 * and unit, is one shared figure. */
	np = 0;
	for (i = 0; i < nl; i++)
		for (j = 0; j < nr; j++) {
			const struct figure *a = &al->left->fig[lf[i]];
			const struct figure *b = &al->right->fig[rf[j]];
			double scale;

			if (lused[i] || rused[j] || a->kind != b->kind ||
			    a->unit != b->unit || (a->noun_group && b->noun_group) ||
			    (a->kind == FIGURE_COUNT &&
			     fmin(a->value, b->value) < NOUNLESS_MIN_COUNT) ||
			    (a->kind == FIGURE_DATE &&
			     (a->hedge == FIGURE_VAGUE || b->hedge == FIGURE_VAGUE)) ||
			    !figure_agree(a, b))
				continue;
			scale = fmax(fmax(fabs(a->value), fabs(b->value)), 1e-9);
			if (fabs(a->value - b->value) > NOUNLESS_MAX_DIFF * scale)
				continue;
			add_pair(&pairs, &cap, &np, i, j,
			         fabs(a->value - b->value) / scale);
		}
	sort_pairs(pairs, np);
	for (i = 0; i < np; i++) {
		if (lused[pairs[i].l] || rused[pairs[i].r])
			continue;
		lused[pairs[i].l] = rused[pairs[i].r] = true;
		emit_figure(fs, al, lf[pairs[i].l], rf[pairs[i].r]);
	}
	free(pairs);
}

/* ---- quotations ---------------------------------------------------- */

/* A quotation as words: its word tokens' ids and byte spans. */
struct qwords {
	size_t para, quote;	/* article quote index */
	uint32_t *w;		/* folded word ids */
	uint32_t *s, *e;	/* each word's bytes in the paragraph */
	size_t n;
	bool used;
};

static void
quote_words(const struct article *a, size_t qi, struct qwords *q)
{
	const struct quote *qu = &a->quo[qi];
	const struct article_para *pp = &a->para[qu->para];
	size_t i, cap = 0;

	memset(q, 0, sizeof *q);
	q->para = qu->para;
	q->quote = qi;
	for (i = pp->tok; i < pp->tok + pp->ntok; i++) {
		const struct token *t = &a->tok[i];

		if (t->start < qu->start || t->start >= qu->start + qu->len)
			continue;
		if (t->kind == TOKEN_PUNCT)
			continue;
		if (q->n == cap) {
			cap = cap ? cap * 2 : 16;
			q->w = xreallocarray(q->w, cap, sizeof *q->w);
			q->s = xreallocarray(q->s, cap, sizeof *q->s);
			q->e = xreallocarray(q->e, cap, sizeof *q->e);
		}
		q->w[q->n] = t->word;
		q->s[q->n] = t->start;
		q->e[q->n] = t->start + t->len;
		q->n++;
	}
}

static size_t
collect_quotes(const struct alignment *al, size_t g, bool left,
               struct qwords **out)
{
	const struct article *a = left ? al->left : al->right;
	const struct align_group *gr = &al->group[g];
	size_t m, n = 0, cap = 0, k;

	*out = NULL;
	for (m = 0; m < (left ? gr->nleft : gr->nright); m++) {
		size_t p = left ? align_left(al, g, m) : align_right(al, g, m);

		for (k = 0; k < a->para[p].nquo; k++) {
			MEM_GROW(*out, cap, n + 1);
			quote_words(a, a->para[p].quo + k, &(*out)[n]);
			if ((*out)[n].n == 0) {
				free((*out)[n].w);
				free((*out)[n].s);
				free((*out)[n].e);
				continue;
			}
			n++;
		}
	}
	return n;
}

enum nw_op { NW_MATCH, NW_SUB, NW_DEL_A, NW_INS_B };

/* Align a (the shorter) with b, free end gaps in b.  Returns the cost
 * (gaps and different words), and the operations in *ops (malloc'd,
 * *nops of them), with b's unaligned ends as insertions. */
static size_t
nw_align(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
         uint8_t **ops, size_t *nops)
{
	int *dp = xmalloc((n + 1) * (m + 1) * sizeof *dp);
	size_t i, j, bj = 0, k = 0;
	int best;

#define D(i, j) dp[(i) * (m + 1) + (j)]
	for (j = 0; j <= m; j++)
		D(0, j) = 0;		/* free leading gap in b */
	for (i = 1; i <= n; i++) {
		D(i, 0) = -(int)i;
		for (j = 1; j <= m; j++) {
			int s = D(i - 1, j - 1) - (a[i - 1] != b[j - 1]);
			int u = D(i - 1, j) - 1, l = D(i, j - 1) - 1;

			D(i, j) = s >= u && s >= l ? s : u >= l ? u : l;
		}
	}
	best = D(n, 0);
	for (j = 0; j <= m; j++)	/* free trailing gap in b */
		if (D(n, j) > best) {
			best = D(n, j);
			bj = j;
		}
	*ops = xmalloc(n + m + 1);
	for (j = m; j > bj; j--)
		(*ops)[k++] = NW_INS_B;
	for (i = n, j = bj; i > 0 || j > 0;) {
		if (i > 0 && j > 0 &&
		    D(i, j) == D(i - 1, j - 1) - (a[i - 1] != b[j - 1])) {
			(*ops)[k++] = a[i - 1] == b[j - 1] ? NW_MATCH : NW_SUB;
			i--;
			j--;
		} else if (i > 0 && D(i, j) == D(i - 1, j) - 1) {
			(*ops)[k++] = NW_DEL_A;
			i--;
		} else {
			(*ops)[k++] = NW_INS_B;
			j--;
		}
	}
#undef D
	/* Reverse into reading order. */
	for (i = 0; i < k / 2; i++) {
		uint8_t t = (*ops)[i];

		(*ops)[i] = (*ops)[k - 1 - i];
		(*ops)[k - 1 - i] = t;
	}
	*nops = k;
	free(dp);
	return (size_t)(-best);
}

/* Record the differing words of a (left) and b (right) from ops. */
static void
add_diffs(struct fact_acc *fs, struct fact *f, const struct qwords *a,
          const struct qwords *b, const uint8_t *ops, size_t nops,
          bool swapped)
{
	size_t k = 0, i = 0, j = 0;

	f->diff = fs->nd;
	while (k < nops) {
		size_t i0 = i, j0 = j;

		if (ops[k] == NW_MATCH) {
			i++;
			j++;
			k++;
			continue;
		}
		while (k < nops && ops[k] != NW_MATCH) {
			if (ops[k] != NW_INS_B)
				i++;
			if (ops[k] != NW_DEL_A)
				j++;
			k++;
		}
		{
			const struct qwords *ql = swapped ? b : a, *qr = swapped ? a : b;
			size_t li0 = swapped ? j0 : i0, li1 = swapped ? j : i;
			size_t ri0 = swapped ? i0 : j0, ri1 = swapped ? i : j;
			struct fact_diff *d;

			MEM_GROW(fs->d, fs->dcap, fs->nd + 1);
			d = &fs->d[fs->nd++];
			d->left.para = ql->para;
			d->right.para = qr->para;
			/* An empty side sits where the words would go. */
			d->left.start = li1 > li0 ? ql->s[li0]
			                : li0 < ql->n ? ql->s[li0] : ql->e[ql->n - 1];
			d->left.end = li1 > li0 ? ql->e[li1 - 1] : d->left.start;
			d->right.start = ri1 > ri0 ? qr->s[ri0]
			                 : ri0 < qr->n ? qr->s[ri0] : qr->e[qr->n - 1];
			d->right.end = ri1 > ri0 ? qr->e[ri1 - 1] : d->right.start;
		}
	}
	f->ndiff = fs->nd - f->diff;
}

/* The cost per word of aligning two quotations, or a negative number if
 * they are not the same quotation. */
static double
quote_cost(const struct qwords *a, const struct qwords *b)
{
	const struct qwords *s = a->n <= b->n ? a : b, *l = s == a ? b : a;
	uint8_t *ops;
	size_t nops, cost;

	if (a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0)
		return 0;
	if (s->n < QUOTE_MIN_WORDS || s->n * l->n > QUOTE_MAX_CELLS)
		return -1;
	cost = nw_align(s->w, s->n, l->w, l->n, &ops, &nops);
	free(ops);
	/* An exact part of the other counts a little, so that the same
	 * words quoted whole rank before them quoted in part. */
	if ((double)cost > QUOTE_MAX_COST * (double)s->n)
		return -1;
	return ((double)cost + (double)(l->n - s->n) * 1e-3) / (double)s->n;
}

static const struct article *
quote_article(const struct alignment *al, bool left)
{
	return left ? al->left : al->right;
}

/* Whether some member of group g on a side has a quotation. */
static bool
has_quotes(const struct alignment *al, size_t g, bool left)
{
	const struct align_group *gr = &al->group[g];
	const struct article *a = left ? al->left : al->right;
	size_t m;

	for (m = 0; m < (left ? gr->nleft : gr->nright); m++)
		if (a->para[left ? align_left(al, g, m)
		                 : align_right(al, g, m)].nquo)
			return true;
	return false;
}

static void
group_quotes(struct fact_acc *fs, const struct alignment *al, size_t g)
{
	struct qwords *lq, *rq;
	struct cost_pair *pairs = NULL;
	size_t nl, nr, np = 0, cap = 0, i, j;

	if (!has_quotes(al, g, true) || !has_quotes(al, g, false))
		return;
	nl = collect_quotes(al, g, true, &lq);
	nr = collect_quotes(al, g, false, &rq);
	for (i = 0; i < nl; i++)
		for (j = 0; j < nr; j++) {
			double c = quote_cost(&lq[i], &rq[j]);

			if (c >= 0)
				add_pair(&pairs, &cap, &np, i, j, c);
		}
	sort_pairs(pairs, np);
	for (i = 0; i < np; i++) {
		struct qwords *a = &lq[pairs[i].l], *b = &rq[pairs[i].r];
		const struct quote *qa = &quote_article(al, true)->quo[a->quote];
		const struct quote *qb = &quote_article(al, false)->quo[b->quote];
		bool swapped = a->n > b->n;
		struct qwords *s = swapped ? b : a, *l = swapped ? a : b;
		uint32_t ls = qa->start, le = qa->start + qa->len;
		uint32_t rs = qb->start, re = qb->start + qb->len;
		uint8_t *ops;
		size_t nops, cost, k, first, last;
		struct fact *f;

		if (a->used || b->used)
			continue;
		a->used = b->used = true;
		cost = nw_align(s->w, s->n, l->w, l->n, &ops, &nops);
		if (cost == 0 && l->n > s->n) {
			/* Quoted in part by one report: the same words.  Mark
			 * only them in the longer. */
			for (k = 0, first = 0; k < nops && ops[k] == NW_INS_B; k++)
				first++;
			last = first + s->n - 1;
			if (swapped) {
				ls = a->s[first];
				le = a->e[last];
			} else {
				rs = b->s[first];
				re = b->e[last];
			}
		}
		f = add_fact(fs, FACT_QUOTE, cost == 0 ? FACT_MATCH : FACT_VARY,
		             a->para, ls, le, b->para, rs, re);
		if (cost != 0)
			add_diffs(fs, f, s, l, ops, nops, swapped);
		free(ops);
	}
	for (i = 0; i < nl; i++) {
		free(lq[i].w);
		free(lq[i].s);
		free(lq[i].e);
	}
	for (i = 0; i < nr; i++) {
		free(rq[i].w);
		free(rq[i].s);
		free(rq[i].e);
	}
	free(lq);
	free(rq);
	free(pairs);
}

/* ---- names --------------------------------------------------------- */


/* Whether token t is a name word.  In a sentence, a capitalized word not
 * at its start is one; in a headline, where every word may be
 * capitalized, only a word the report's prose capitalizes too. */
static bool
is_name_tok(const struct token *t, const uint8_t *names, bool headline)
{
	if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP))
		return false;
	if (headline || (t->flags & TOKEN_SENT))
		return names[t->word] != 0;
	return (t->flags & (TOKEN_CAP | TOKEN_ACRONYM)) != 0;
}

/* Whether token i is a stopword written as part of a name: capitalized
 * inside a sentence, a name word right after ("New York"). */
static bool
name_stopword(const struct token *t, size_t n, size_t i, const uint8_t *names,
              bool headline)
{
	return i + 1 < n && t[i].kind == TOKEN_WORD &&
	       (t[i].flags & TOKEN_STOP) && (t[i].flags & TOKEN_CAP) &&
	       !(t[i].flags & TOKEN_SENT) && !headline &&
	       is_name_tok(&t[i + 1], names, headline);
}

/* Whether token i, capitalized at the start of a sentence, leads into a
 * name: "Secretary of State John Kerry said". */
static bool
leads_name(const struct token *t, size_t n, size_t i, const uint8_t *text,
           const uint8_t *names, bool headline)
{
	size_t j = i + 1;

	if (headline || t[i].kind != TOKEN_WORD || (t[i].flags & TOKEN_STOP) ||
	    !(t[i].flags & TOKEN_CAP) || !(t[i].flags & TOKEN_SENT))
		return false;
	if (j + 1 < n && t[j].len == 2 && memcmp(text + t[j].start, "of", 2) == 0)
		j++;
	return j < n && (t[j].flags & TOKEN_CAP) &&
	       is_name_tok(&t[j], names, headline);
}

/* The runs of name words in paragraph p: "Secretary of State John F.
 * Kerry", "Aleppo", "U.N.".  A lone weak word (Friday, September) is not
 * a name here. */
static size_t
name_runs(const struct article *a, size_t p, const uint8_t *names,
          struct name_run **out, size_t *cap, size_t n)
{
	const struct article_para *pp = &a->para[p];
	const struct token *t = a->tok + pp->tok;
	const uint8_t *text = a->text + pp->start;
	bool head = pp->kind == ARTICLE_HEADLINE;
	size_t i = 0, k;

	while (i < pp->ntok) {
		size_t first = i, last = i, words = 0, weak = 0;
		uint64_t h = 1469598103934665603u;

		if (!is_name_tok(&t[i], names, head) &&
		    !name_stopword(t, pp->ntok, i, names, head) &&
		    !leads_name(t, pp->ntok, i, text, names, head)) {
			i++;
			continue;
		}
		for (k = i; k < pp->ntok; k++) {
			if (is_name_tok(&t[k], names, head) ||
			    (k == i && leads_name(t, pp->ntok, k, text, names,
			                          head))) {
				last = k;
				words++;
				weak += (t[k].flags & TOKEN_WEAK) != 0;
				h = (h ^ t[k].stem) * 1099511628211u;
			} else if (name_stopword(t, pp->ntok, k, names, head)) {
				;	/* New York, The Hague */
			} else if (token_is_punct(&t[k], '.') &&
			           !(t[k].flags & TOKEN_SPACE) && t[k - 1].len == 1) {
				;	/* the dot of an initial */
			} else if (t[k].kind == TOKEN_WORD && t[k].len == 2 &&
			           memcmp(text + t[k].start, "of", 2) == 0 &&
			           k + 1 < pp->ntok &&
			           is_name_tok(&t[k + 1], names, head)) {
				;	/* Secretary of State */
			} else {
				break;
			}
		}
		i = k;
		if (words == weak)
			continue;
		MEM_GROW(*out, *cap, n + 1);
		(*out)[n].para = p;
		(*out)[n].start = t[first].start;
		(*out)[n].end = t[last].start + t[last].len;
		/* The closing dot of an abbreviation: "U.S.", "John F." */
		if (last + 1 < pp->ntok &&
		    (t[last].len == 1 ||
		     memchr(text + t[last].start, '.', t[last].len) != NULL) &&
		    token_is_punct(&t[last + 1], '.') &&
		    !(t[last + 1].flags & TOKEN_SPACE))
			(*out)[n].end = t[last + 1].start + 1;
		(*out)[n].last = t[last].stem;
		(*out)[n].full = h;
		(*out)[n].used = false;
		n++;
	}
	return n;
}

/* The words a report capitalizes inside its sentences: its names. */
static void
mark_names(const struct article *a, uint8_t *names)
{
	size_t p, i;

	for (p = 0; p < a->npara; p++) {
		enum article_kind k = a->para[p].kind;

		if (k != ARTICLE_BODY && k != ARTICLE_QUOTE &&
		    k != ARTICLE_STANDFIRST)
			continue;
		for (i = a->para[p].tok; i < a->para[p].tok + a->para[p].ntok; i++) {
			const struct token *t = &a->tok[i];

			if (t->kind == TOKEN_WORD &&
			    (t->flags & (TOKEN_CAP | TOKEN_ACRONYM)) &&
			    !(t->flags & TOKEN_SENT))
				names[t->word] = 1;
		}
	}
}

static void
group_names(struct fact_acc *fs, const struct alignment *al, size_t g,
            const uint8_t *names, struct scratch *sc)
{
	const struct align_group *gr = &al->group[g];
	struct name_run *ln, *rn;
	size_t nl = 0, nr = 0, i, j;

	for (i = 0; i < gr->nleft; i++)
		nl = name_runs(al->left, align_left(al, g, i), names, &sc->ln,
		               &sc->lncap, nl);
	for (i = 0; i < gr->nright; i++)
		nr = name_runs(al->right, align_right(al, g, i), names, &sc->rn,
		               &sc->rncap, nr);
	ln = sc->ln;
	rn = sc->rn;
	/* The same name written the same way first, then by surname. */
	for (int pass = 0; pass < 2; pass++)
		for (i = 0; i < nl; i++) {
			if (ln[i].used)
				continue;
			for (j = 0; j < nr; j++) {
				if (rn[j].used || (pass == 0 ? ln[i].full != rn[j].full
				                              : ln[i].last != rn[j].last))
					continue;
				ln[i].used = rn[j].used = true;
				add_fact(fs, FACT_NAME, FACT_MATCH, ln[i].para,
				         ln[i].start, ln[i].end, rn[j].para, rn[j].start,
				         rn[j].end);
				break;
			}
		}
}

/* ---- phrases ------------------------------------------------------- */

/* The word pairs of the right paragraph, hashed: head[] per bucket and
 * next[] per position chain the positions of each pair, in order. */
struct pairs_index {
	uint32_t *head, *next;	/* positions + 1; 0 ends a chain */
	size_t mask;
};

static uint64_t
pair_key(const struct token *a, const struct token *b)
{
	return (uint64_t)a->word << 32 | b->word;
}

static size_t
pair_bucket(uint64_t key, size_t mask)
{
	return (size_t)((key * 0x9E3779B97F4A7C15u) >> 32) & mask;
}

/* The word tokens of paragraph p (indexes into a->tok), and for each
 * whether a phrase may run on into it: not across the end of a sentence,
 * a colon or semicolon, or a dash. */
static size_t
word_tokens(const struct article *a, size_t p, uint32_t **out, size_t *ocap,
            bool **joins, size_t *jcap)
{
	const struct article_para *pp = &a->para[p];
	size_t i, n = 0;
	bool open = false;

	MEM_GROW(*out, *ocap, pp->ntok + 1);
	MEM_GROW(*joins, *jcap, pp->ntok + 1);
	for (i = pp->tok; i < pp->tok + pp->ntok; i++) {
		const struct token *t = &a->tok[i];

		if (t->kind == TOKEN_PUNCT) {
			if (strchr(".!?;:", (int)t->word) != NULL ||
			    (t->word == '-' && (t->flags & TOKEN_SPACE)))
				open = false;
			else if (t->word == '-' && !(t->flags & TOKEN_SPACE) &&
			         i + 1 < pp->tok + pp->ntok &&
			         (a->tok[i + 1].kind == TOKEN_PUNCT ||
			          (a->tok[i + 1].flags & TOKEN_SPACE)))
				open = false;	/* "--" and a dash at a word's end */
			continue;
		}
		(*joins)[n] = open;
		(*out)[n++] = (uint32_t)i;
		open = true;
	}
	return n;
}

/* Whether [s, e) of paragraph p lies inside the span of a fact of type
 * type among fs->v[from..] on the given side. */
static bool
inside_fact(const struct fact_acc *fs, size_t from, enum fact_type type,
            bool left, size_t p, uint32_t s, uint32_t e)
{
	size_t i;

	for (i = from; i < fs->n; i++) {
		const struct fact_span *sp = left ? &fs->v[i].left : &fs->v[i].right;

		if (fs->v[i].type == type && sp->para == p && sp->start <= s &&
		    e <= sp->end)
			return true;
	}
	return false;
}

static void
pair_phrases(struct fact_acc *fs, size_t from, const struct alignment *al,
             size_t lp, size_t rp, struct scratch *sc)
{
	const struct article *A = al->left, *B = al->right;
	size_t nl = word_tokens(A, lp, &sc->lw, &sc->lwcap, &sc->lj, &sc->ljcap);
	size_t nr = word_tokens(B, rp, &sc->rw, &sc->rwcap, &sc->rj, &sc->rjcap);
	uint32_t *lw = sc->lw, *rw = sc->rw;
	bool *lj = sc->lj, *rj = sc->rj;
	bool *lcov = flags(&sc->lcov, &sc->lccap, nl);
	bool *rcov = flags(&sc->rcov, &sc->rccap, nr);
	struct pairs_index ix;
	size_t i, j, size = 4;

	while (size < 2 * nr)
		size <<= 1;
	MEM_GROW(sc->head, sc->hcap, size);
	memset(sc->head, 0, size * sizeof *sc->head);
	MEM_GROW(sc->next, sc->ncap, nr + 1);
	ix.head = sc->head;
	ix.next = sc->next;
	ix.mask = size - 1;
	for (j = nr > 0 ? nr - 1 : 0; j-- > 0;) {	/* so chains run forward */
		size_t b = pair_bucket(pair_key(&B->tok[rw[j]], &B->tok[rw[j + 1]]),
		                       ix.mask);

		ix.next[j] = ix.head[b];
		ix.head[b] = (uint32_t)j + 1;
	}
	for (i = 0; i + 1 < nl; i++) {
		uint64_t key = pair_key(&A->tok[lw[i]], &A->tok[lw[i + 1]]);
		size_t best = 0, bestj = 0, c = 0, content, k;
		uint32_t at;

		if (lcov[i])
			continue;
		for (at = ix.head[pair_bucket(key, ix.mask)];
		     at != 0 && c < PHRASE_MAX_CAND; at = ix.next[at - 1]) {
			size_t jj = at - 1, len = 0;

			if (pair_key(&B->tok[rw[jj]], &B->tok[rw[jj + 1]]) != key)
				continue;
			c++;

			while (i + len < nl && jj + len < nr && !lcov[i + len] &&
			       !rcov[jj + len] &&
			       A->tok[lw[i + len]].word == B->tok[rw[jj + len]].word &&
			       (len == 0 || (lj[i + len] && rj[jj + len])))
				len++;
			if (len > best) {
				best = len;
				bestj = jj;
			}
		}
		if (best < PHRASE_MIN_WORDS)
			continue;
		for (k = 0; k < best; k++)
			lcov[i + k] = rcov[bestj + k] = true;
		{
			/* Stopwords at either end add nothing: "during a
			 * 40-minute" is "40-minute". */
			size_t s = 0, e = best;

			while (s < e && (A->tok[lw[i + s]].flags & TOKEN_STOP))
				s++;
			while (e > s && (A->tok[lw[i + e - 1]].flags & TOKEN_STOP))
				e--;
			for (k = s, content = 0; k < e; k++)
				content += !(A->tok[lw[i + k]].flags & TOKEN_STOP);
			if (e - s >= PHRASE_MIN_WORDS &&
			    content >= PHRASE_MIN_CONTENT) {
				const struct token *a0 = &A->tok[lw[i + s]];
				const struct token *a1 = &A->tok[lw[i + e - 1]];
				const struct token *b0 = &B->tok[rw[bestj + s]];
				const struct token *b1 = &B->tok[rw[bestj + e - 1]];
				uint32_t ls = a0->start, le = a1->start + a1->len;
				uint32_t rs = b0->start, re = b1->start + b1->len;

				if (!inside_fact(fs, from, FACT_QUOTE, true, lp, ls,
				                 le) &&
				    !inside_fact(fs, from, FACT_QUOTE, false, rp, rs,
				                 re) &&
				    !inside_fact(fs, from, FACT_NAME, true, lp, ls, le))
					add_fact(fs, FACT_PHRASE, FACT_MATCH, lp, ls,
					         le, rp, rs, re);
			}
		}
		i += best - 1;
	}
}

static void
group_phrases(struct fact_acc *fs, size_t from, const struct alignment *al,
              size_t g, struct scratch *sc)
{
	const struct align_group *gr = &al->group[g];
	size_t i, j;

	for (i = 0; i < gr->nleft; i++)
		for (j = 0; j < gr->nright; j++)
			pair_phrases(fs, from, al, align_left(al, g, i),
			             align_right(al, g, j), sc);
}

/* ---- public -------------------------------------------------------- */

struct fact_job {
	const struct alignment *al;
	struct fact_range *group;	/* the result's, this job's range */
	size_t from, to;
	const uint8_t *names;
	struct fact_acc fs;
};

static void
fact_job(void *arg)
{
	struct fact_job *j = arg;
	size_t g;

	struct scratch sc = { 0 };

	for (g = j->from; g < j->to; g++) {
		size_t from = j->fs.n;

		group_figures(&j->fs, j->al, g, &sc);
		group_quotes(&j->fs, j->al, g);
		group_names(&j->fs, j->al, g, j->names, &sc);
		group_phrases(&j->fs, from, j->al, g, &sc);
		j->group[g].first = from;
		j->group[g].n = j->fs.n - from;
	}
	scratch_fini(&sc);
}

struct facts *
fact_extract(const struct alignment *al, const struct lexicon *lx)
{
	uint32_t nids = lexicon_count(lx);
	uint8_t *names = xcalloc((size_t)nids + 1, 1);
	struct facts *out = xcalloc(1, sizeof *out);
	struct fact_job half[2];
	struct fact_acc *a = &half[0].fs, *b = &half[1].fs;
	size_t g, i;

	out->al = al;
	out->ngroup = al->ngroup;
	out->group = xcalloc(al->ngroup + 1, sizeof *out->group);

	/* The two reports tell one event: a word either capitalizes inside
	 * a sentence is a name in both. */
	mark_names(al->left, names);
	mark_names(al->right, names);

	/* Half the groups each; groups share nothing but what they read. */
	for (i = 0; i < 2; i++) {
		memset(&half[i], 0, sizeof half[i]);
		half[i].al = al;
		half[i].group = out->group;
		half[i].names = names;
	}
	half[0].to = half[1].from = al->ngroup / 2;
	half[1].to = al->ngroup;
	thread_both(fact_job, &half[1], &half[0]);

	/* The second half's facts go after the first's. */
	MEM_GROW(a->v, a->cap, a->n + b->n + 1);
	MEM_GROW(a->d, a->dcap, a->nd + b->nd + 1);
	for (i = 0; i < b->n; i++) {
		a->v[a->n + i] = b->v[i];
		if (b->v[i].ndiff)
			a->v[a->n + i].diff += a->nd;
	}
	if (b->nd)
		memcpy(a->d + a->nd, b->d, b->nd * sizeof *b->d);
	for (g = half[1].from; g < half[1].to; g++)
		out->group[g].first += a->n;
	a->n += b->n;
	a->nd += b->nd;
	free(b->v);
	free(b->d);

	out->fact = a->v;
	out->nfact = a->n;
	out->diff = a->d;
	out->ndiff = a->nd;
	free(names);
	return out;
}

void
fact_free(struct facts *fs)
{
	if (fs == NULL)
		return;
	free(fs->fact);
	free(fs->diff);
	free(fs->group);
	free(fs);
}

const char *
fact_type_str(enum fact_type type)
{
	switch (type) {
	case FACT_FIGURE:
		return "figure";
	case FACT_QUOTE:
		return "quote";
	case FACT_NAME:
		return "name";
	case FACT_PHRASE:
		return "phrase";
	}
	return "?";
}

const char *
fact_status_str(enum fact_status status)
{
	switch (status) {
	case FACT_MATCH:
		return "match";
	case FACT_DIFFER:
		return "differ";
	case FACT_VARY:
		return "vary";
	}
	return "?";
}

/* ---- summary ------------------------------------------------------- */

struct summary {
	char *buf;
	size_t size, n;		/* n: bytes needed so far */
	size_t used;		/* bytes in buf: whole pieces only */
	bool full;
};

/* Pieces go in whole or not at all, so a short buffer never ends inside
 * a character. */
static void
sum_put(struct summary *s, const char *p, size_t len)
{
	if (!s->full && s->size > 0 && len < s->size - s->used) {
		memcpy(s->buf + s->used, p, len);
		s->used += len;
	} else {
		s->full = true;
	}
	s->n += len;
}

static void
sum_str(struct summary *s, const char *p)
{
	sum_put(s, p, strlen(p));
}

static void
sum_count(struct summary *s, size_t k, const char *one, const char *many)
{
	char num[24];

	if (k == 0)
		return;
	if (s->n > 0)
		sum_str(s, "; ");
	snprintf(num, sizeof num, "%zu ", k);
	sum_str(s, num);
	sum_str(s, k == 1 ? one : many);
}

/* The number of a figure as written: "350" of "nearly 350 people". */
static void
sum_number(struct summary *s, const struct article *a, const struct figure *f)
{
	const uint8_t *t = a->text + a->para[f->para].start;
	uint32_t start = f->nend > f->nstart ? f->nstart : f->start;
	uint32_t end = f->nend > f->nstart ? f->nend : f->end;

	sum_put(s, (const char *)t + start, end - start);
}

/* Differing figures shown by value before the rest is only counted. */
#define SUMMARY_MAX_DIFFER 3

size_t
fact_summary(const struct facts *fs, size_t g, char *buf, size_t size)
{
	const struct alignment *al = fs->al;
	const struct fact_range *gr = &fs->group[g];
	struct summary s = { buf, size, 0, 0, false };
	size_t i, count[4][3] = { { 0 } }, shown = 0;

	for (i = gr->first; i < gr->first + gr->n; i++) {
		const struct fact *f = &fs->fact[i];

		count[f->type][f->status]++;
		if (f->type != FACT_FIGURE || f->status != FACT_DIFFER)
			continue;
		if (shown == SUMMARY_MAX_DIFFER) {
			sum_str(&s, ", ...");
			shown++;
		}
		if (shown > SUMMARY_MAX_DIFFER)
			continue;
		sum_str(&s, shown++ ? ", " : "figures differ: ");
		sum_number(&s, al->left, &al->left->fig[f->fig_left]);
		sum_str(&s, " \xe2\x89\xa0 ");	/* ≠ */
		sum_number(&s, al->right, &al->right->fig[f->fig_right]);
	}
	sum_count(&s, count[FACT_FIGURE][FACT_MATCH], "figure agrees",
	          "figures agree");
	sum_count(&s, count[FACT_QUOTE][FACT_MATCH], "quotation matches",
	          "quotations match");
	sum_count(&s, count[FACT_QUOTE][FACT_VARY], "quotation varies",
	          "quotations vary");
	sum_count(&s, count[FACT_NAME][FACT_MATCH], "name", "names");
	sum_count(&s, count[FACT_PHRASE][FACT_MATCH], "phrase", "phrases");
	if (s.n == 0)
		sum_str(&s, "no shared facts");
	if (size > 0)
		buf[s.used] = '\0';
	return s.n;
}
