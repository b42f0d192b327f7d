/* mark.c - resolving a paragraph's facts into marked segments. */
#include "mark.h"

#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "fact.h"
#include "mem.h"

struct span {
	uint32_t start, end;
	uint8_t role;
	size_t fact;
	size_t order;	/* when it was added: the first wins a tie */
};

/* Colours that do not lean on red against green (which a colour-blind
 * reader may not tell apart): a differing figure is the loudest mark,
 * black on yellow; a figure given alike is black on cyan; quotations are
 * magenta and italic, a varying one underlined too, its differing words
 * on magenta; names are bold and shared phrases underlined.  Each mark
 * also has an attribute of its own, and without colours the attributes
 * alone keep every role apart: reverse for a differing figure (bold) and
 * a quotation's differing words (underlined), italic for quotations. */
static const struct mark_style styles[MARK_ROLE_COUNT] = {
	[MARK_NONE] = { "none", "", MARK_DEFAULT, MARK_DEFAULT, 0, 0 },
	[MARK_PHRASE] = { "phrase", "words both reports use",
		MARK_DEFAULT, MARK_DEFAULT, MARK_UNDERLINE, MARK_UNDERLINE },
	[MARK_NAME] = { "name", "a name in both",
		MARK_DEFAULT, MARK_DEFAULT, MARK_BOLD, MARK_BOLD },
	[MARK_QUOTE] = { "quote", "a quotation both give word for word",
		MARK_MAGENTA, MARK_DEFAULT, MARK_ITALIC, MARK_ITALIC },
	[MARK_QUOTE_VARY] = { "quote-vary",
		"a quotation worded differently",
		MARK_MAGENTA, MARK_DEFAULT, MARK_ITALIC | MARK_UNDERLINE,
		MARK_ITALIC | MARK_UNDERLINE },
	[MARK_QUOTE_WORDS] = { "quote-words", "the words where a quotation differs",
		MARK_BLACK, MARK_MAGENTA, MARK_ITALIC,
		MARK_REVERSE | MARK_UNDERLINE },
	[MARK_FIGURE] = { "figure", "a figure both give alike",
		MARK_BLACK, MARK_CYAN, 0, MARK_BOLD | MARK_UNDERLINE },
	[MARK_FIGURE_DIFFER] = { "figure-differ",
		"a figure the reports disagree on",
		MARK_BLACK, MARK_YELLOW, MARK_BOLD, MARK_REVERSE | MARK_BOLD },
	[MARK_UNPAIRED] = { "unpaired", "a paragraph with no counterpart",
		MARK_DEFAULT, MARK_DEFAULT, MARK_DIM, MARK_DIM },
	[MARK_BOILERPLATE] = { "boilerplate",
		"boilerplate and repeated paragraphs",
		MARK_DEFAULT, MARK_DEFAULT, MARK_DIM, MARK_DIM },
};

const enum mark_role mark_legend[MARK_LEGEND_COUNT] = {
	MARK_FIGURE_DIFFER, MARK_FIGURE, MARK_QUOTE, MARK_QUOTE_VARY,
	MARK_QUOTE_WORDS, MARK_NAME, MARK_PHRASE,
};

const struct mark_style *
mark_style(enum mark_role role)
{
	return &styles[(unsigned)role < MARK_ROLE_COUNT ? role : MARK_NONE];
}

enum mark_role
mark_fact_role(const struct fact *f)
{
	switch (f->type) {
	case FACT_FIGURE:
		return f->status == FACT_DIFFER ? MARK_FIGURE_DIFFER : MARK_FIGURE;
	case FACT_QUOTE:
		return f->status == FACT_VARY ? MARK_QUOTE_VARY : MARK_QUOTE;
	case FACT_NAME:
		return MARK_NAME;
	case FACT_PHRASE:
		return MARK_PHRASE;
	}
	return MARK_NONE;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static void
add_span(struct span **v, size_t *n, size_t *cap, const struct fact_span *sp,
         size_t para, uint8_t role, size_t fact, unsigned mask)
{
	if (sp->para != para || sp->end <= sp->start ||
	    !(mask & MARK_ROLE_BIT(role)))
		return;
	MEM_GROW(*v, *cap, *n + 1);
	(*v)[*n].start = sp->start;
	(*v)[*n].end = sp->end;
	(*v)[*n].role = role;
	(*v)[*n].fact = fact;
	(*v)[*n].order = *n;
	(*n)++;
}

/* Spans in order of start (then of addition, for a stable result). */
static int
cmp_start(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Whether span x goes over span y: the higher role, then the earlier. */
static bool
span_over(const struct span *x, const struct span *y)
{
	if (x->role != y->role)
		return x->role > y->role;
	return x->order < y->order;
}

static void
heap_push(size_t *heap, size_t *n, const struct span *sp, size_t k)
{
	size_t i = (*n)++, up;

	while (i > 0 && span_over(&sp[k], &sp[heap[up = (i - 1) / 2]])) {
		heap[i] = heap[up];
		i = up;
	}
	heap[i] = k;
}

static void
heap_pop(size_t *heap, size_t *n, const struct span *sp)
{
	size_t last = heap[--*n], i = 0, c;

	while ((c = 2 * i + 1) < *n) {
		if (c + 1 < *n && span_over(&sp[heap[c + 1]], &sp[heap[c]]))
			c++;
		if (!span_over(&sp[heap[c]], &sp[last]))
			break;
		heap[i] = heap[c];
		i = c;
	}
	heap[i] = last;
}

/* The first of fs's cross facts on side s at paragraph para or after. */
static size_t
cross_first(const struct facts *fs, enum side s, size_t para)
{
	size_t lo = 0, hi = fs->ncross;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (fs->cross[s][mid].para < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
mark_para(const struct compare *c, enum side side, size_t para, unsigned mask,
          struct mark_vec *out)
{
	size_t g = compare_group_of(c, side, para);
	const struct facts *fs = c->facts;
	bool left = side == SIDE_LEFT;
	struct span *sp = NULL;
	uint32_t *cut;
	size_t *heap, nheap = 0, next;
	size_t nsp = 0, cap = 0, i, k, ncut = 0, first = 0, end = 0;

	out->n = 0;
	if (fs == NULL)
		return;
	if (g != ALIGN_NONE) {	/* the group's facts: [first, end) */
		first = fs->group[g].first;
		end = first + fs->group[g].n;
	}
	/* A figure paired with one in another passage: its group marks one
	 * side, and the other side's paragraph marks itself. */
	for (i = cross_first(fs, side, para);
	     i < fs->ncross && fs->cross[side][i].para == para; i++) {
		size_t x = fs->cross[side][i].fact;
		const struct fact *f = &fs->fact[x];

		if (x >= first && x < end)
			continue;	/* the group's own, below */
		add_span(&sp, &nsp, &cap, left ? &f->left : &f->right, para,
		         mark_fact_role(f), x, mask);
	}
	for (i = first; i < end; i++) {
		const struct fact *f = &fs->fact[i];

		add_span(&sp, &nsp, &cap, left ? &f->left : &f->right, para,
		         mark_fact_role(f), i, mask);
		for (k = 0; k < f->ndiff; k++) {
			const struct fact_diff *d = &fs->diff[f->diff + k];

			add_span(&sp, &nsp, &cap, left ? &d->left : &d->right, para,
			         MARK_QUOTE_WORDS, i, mask);
		}
	}
	if (nsp == 0) {
		free(sp);
		return;
	}
	/* Every boundary, then the strongest span over each piece between
	 * two (the highest role, the first added on a tie), by a sweep: the
	 * spans in order of start go into a heap as the pieces reach them and
	 * leave it when the top has ended, n log n in the spans. */
	cut = xmalloc(2 * nsp * sizeof *cut);
	for (i = 0; i < nsp; i++) {
		cut[ncut++] = sp[i].start;
		cut[ncut++] = sp[i].end;
	}
	qsort(cut, ncut, sizeof *cut, cmp_u32);
	qsort(sp, nsp, sizeof *sp, cmp_start);
	heap = xmalloc(nsp * sizeof *heap);
	for (i = 0, next = 0; i + 1 < ncut; i++) {
		uint32_t a = cut[i], b = cut[i + 1];
		const struct span *best;

		if (a == b)
			continue;
		while (next < nsp && sp[next].start <= a)
			heap_push(heap, &nheap, sp, next++);
		while (nheap > 0 && sp[heap[0]].end <= a)
			heap_pop(heap, &nheap, sp);
		if (nheap == 0)
			continue;
		best = &sp[heap[0]];
		if (out->n > 0 && out->v[out->n - 1].end == a &&
		    out->v[out->n - 1].role == best->role &&
		    out->v[out->n - 1].fact == best->fact) {
			out->v[out->n - 1].end = b;	/* the same mark goes on */
			continue;
		}
		MEM_GROW(out->v, out->cap, out->n + 1);
		out->v[out->n].start = a;
		out->v[out->n].end = b;
		out->v[out->n].role = best->role;
		out->v[out->n].fact = best->fact;
		out->n++;
	}
	free(heap);
	free(cut);
	free(sp);
}

void
mark_vec_fini(struct mark_vec *mv)
{
	free(mv->v);
	mv->v = NULL;
	mv->n = mv->cap = 0;
}
