/* fact-quote.c - quotations of two aligned passages compared word by
 * word: the same quotation, one worded a little differently (with the
 * words where they differ), or one quoted in part by the other report. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact-int.h"
#include "mem.h"
#include "quote.h"
#include "token.h"

/* Quotations are aligned word by word (Needleman-Wunsch, a gap or a
 * different word costing 1, free end gaps on the longer one) and taken
 * for the same quotation when the cost per word of the shorter one is at
 * most QUOTE_MAX_COST (QUOTUS tolerates 0.4).  Pairs whose alignment
 * table would exceed QUOTE_MAX_CELLS are compared for equality only. */
#define QUOTE_MAX_COST 0.4
#define QUOTE_MIN_WORDS 2
#define QUOTE_MAX_CELLS 250000

/* Groups with more than QUOTE_ALL_PAIRS pairs of quotations (one long
 * paragraph of quoted speech) pair the quotations given word for word
 * through a sorted list of their hashes, then compare each quotation
 * left with at most QUOTE_MAX_CAND of the other side's, those that share
 * its rarest words, so that the time stays near-linear.  A pair that
 * shares no word is never the same quotation, so below the cap nothing
 * is lost. */
#define QUOTE_ALL_PAIRS 4096
#define QUOTE_MAX_CAND 64

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
	size_t i, cap = 0, lo = pp->tok, hi = pp->tok + pp->ntok;

	memset(q, 0, sizeof *q);
	q->para = qu->para;
	q->quote = qi;
	while (lo < hi) {	/* the first token of the quotation */
		size_t mid = lo + (hi - lo) / 2;

		if (a->tok[mid].start < qu->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < pp->tok + pp->ntok; i++) {
		const struct token *t = &a->tok[i];

		if (t->start >= qu->start + qu->len)
			break;
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

static void
qwords_free(struct qwords *q, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(q[i].w);
		free(q[i].s);
		free(q[i].e);
	}
	free(q);
}

/* The quotations of group g on one side, as words; returns how many. */
static size_t
collect_quotes(const struct alignment *al, size_t g, enum side s,
               struct qwords **out)
{
	bool left = s == SIDE_LEFT;
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

/* An empty side sits where the words would go: before word i, or after
 * the last. */
static void
diff_span(struct fact_span *sp, const struct qwords *q, size_t i0, size_t i1)
{
	sp->para = q->para;
	sp->start = i1 > i0 ? q->s[i0] : i0 < q->n ? q->s[i0] : q->e[q->n - 1];
	sp->end = i1 > i0 ? q->e[i1 - 1] : sp->start;
}

/* Words [li0, li1) of left quotation ql differ from [ri0, ri1) of qr. */
static void
add_diff(struct fact_acc *fs, const struct qwords *ql, size_t li0, size_t li1,
         const struct qwords *qr, size_t ri0, size_t ri1)
{
	struct fact_diff *d;

	MEM_GROW(fs->d, fs->dcap, fs->nd + 1);
	d = &fs->d[fs->nd++];
	diff_span(&d->left, ql, li0, li1);
	diff_span(&d->right, qr, ri0, ri1);
}

/* The cost of nw_align(a, n, b, m) without the operations, in two rows
 * of the table; SIZE_MAX as soon as it must exceed limit (a row's best
 * only falls from one row to the next). */
static size_t
nw_cost(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
        double limit)
{
	int *row = xmalloc(2 * (m + 1) * sizeof *row);
	int *prev = row, *cur = row + m + 1, *t, best;
	size_t i, j;

	for (j = 0; j <= m; j++)
		prev[j] = 0;
	best = 0;
	for (i = 1; i <= n; i++) {
		cur[0] = -(int)i;
		best = cur[0];
		for (j = 1; j <= m; j++) {
			int s = prev[j - 1] - (a[i - 1] != b[j - 1]);
			int u = prev[j] - 1, l = cur[j - 1] - 1;

			cur[j] = s >= u && s >= l ? s : u >= l ? u : l;
			if (cur[j] > best)
				best = cur[j];
		}
		if ((double)-best > limit) {
			free(row);
			return SIZE_MAX;
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	free(row);
	return (size_t)-best;
}

/* Record where quotations a (the shorter, aligned by ops) and b differ;
 * swapped when a is the right one. */
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
		if (swapped)
			add_diff(fs, b, j0, j, a, i0, i);
		else
			add_diff(fs, a, i0, i, b, j0, j);
	}
	f->ndiff = fs->nd - f->diff;
}

/* The cost per word of aligning two quotations, or a negative number if
 * they are not the same quotation. */
static double
quote_cost(const struct qwords *a, const struct qwords *b)
{
	const struct qwords *s = a->n <= b->n ? a : b, *l = s == a ? b : a;
	size_t cost;

	if (a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0)
		return 0;
	if (s->n < QUOTE_MIN_WORDS || s->n * l->n > QUOTE_MAX_CELLS)
		return -1;
	cost = nw_cost(s->w, s->n, l->w, l->n, QUOTE_MAX_COST * (double)s->n);
	/* An exact part of the other counts a little, so that the same
	 * words quoted whole rank before them quoted in part. */
	if (cost == SIZE_MAX || (double)cost > QUOTE_MAX_COST * (double)s->n)
		return -1;
	return ((double)cost + (double)(l->n - s->n) * 1e-3) / (double)s->n;
}

/* Whether some member of group g on a side has a quotation. */
static bool
has_quotes(const struct alignment *al, size_t g, enum side s)
{
	bool left = s == SIDE_LEFT;
	const struct align_group *gr = &al->group[g];
	const struct article *a = left ? al->left : al->right;
	size_t m;

	for (m = 0; m < (left ? gr->nleft : gr->nright); m++)
		if (a->para[left ? align_left(al, g, m)
		                 : align_right(al, g, m)].nquo)
			return true;
	return false;
}

/* Quotations a and b (left and right) taken for one: a fact, the same
 * words or worded differently, with the words where they differ. */
static void
emit_quote(struct fact_acc *fs, const struct alignment *al,
           const struct qwords *a, const struct qwords *b)
{
	const struct quote *qa = &al->left->quo[a->quote];
	const struct quote *qb = &al->right->quo[b->quote];
	bool swapped = a->n > b->n;
	const struct qwords *s = swapped ? b : a, *l = swapped ? a : b;
	uint32_t ls = qa->start, le = qa->start + qa->len;
	uint32_t rs = qb->start, re = qb->start + qb->len;
	uint8_t *ops;
	size_t nops, cost, k, first, last;
	struct fact *f;

	if (a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0) {
		/* Word for word, however long. */
		fact_add(fs, FACT_QUOTE, FACT_MATCH, a->para, ls, le, b->para,
		         rs, re);
		return;
	}
	cost = nw_align(s->w, s->n, l->w, l->n, &ops, &nops);
	if (cost == 0 && l->n > s->n) {
		/* Quoted in part by one report: the same words.  Mark only
		 * them in the longer. */
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
	f = fact_add(fs, FACT_QUOTE, cost == 0 ? FACT_MATCH : FACT_VARY,
	             a->para, ls, le, b->para, rs, re);
	if (cost != 0)
		add_diffs(fs, f, s, l, ops, nops, swapped);
	free(ops);
}

/* ---- candidates in long passages ------------------------------------ */

/* A word of a right quotation: the index of the right quotations, one
 * entry per word and quotation, sorted. */
struct posting {
	uint32_t word;
	uint32_t quote;
};

static int
cmp_posting(const void *a, const void *b)
{
	const struct posting *x = a, *y = b;

	if (x->word != y->word)
		return x->word < y->word ? -1 : 1;
	return x->quote < y->quote ? -1 : x->quote > y->quote;
}

/* The right quotations that hold word w: *n of them from the return. */
static const struct posting *
postings_of(const struct posting *ix, size_t nix, uint32_t w, size_t *n)
{
	size_t lo = 0, hi = nix, first;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ix[mid].word < w)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	hi = nix;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ix[mid].word <= w)
			lo = mid + 1;
		else
			hi = mid;
	}
	*n = lo - first;
	return ix + first;
}

/* A word of a left quotation and how many right quotations hold it. */
struct probe {
	uint32_t word;
	size_t n;
};

static int
cmp_probe(const void *a, const void *b)
{
	const struct probe *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return x->word < y->word ? -1 : x->word > y->word;
}

/* A hash of a quotation's words, with its index. */
struct qhash {
	uint64_t hash;
	size_t quote;
};

static int
cmp_qhash(const void *a, const void *b)
{
	const struct qhash *x = a, *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->quote < y->quote ? -1 : x->quote > y->quote;
}

static uint64_t
qwords_hash(const struct qwords *q)
{
	uint64_t h = 1469598103934665603u ^ q->n;
	size_t k;

	for (k = 0; k < q->n; k++)
		h = (h ^ q->w[k]) * 1099511628211u;
	return h;
}

static bool
same_words(const struct qwords *a, const struct qwords *b)
{
	return a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0;
}

/* The quotations given word for word: each left one, in order, with the
 * first right one not taken yet, as the cheapest pairs (cost 0) would
 * be taken from the whole list. */
static void
pair_identical(struct fact_acc *fs, const struct alignment *al,
               struct qwords *lq, size_t nl, struct qwords *rq, size_t nr)
{
	struct qhash *h = xreallocarray(NULL, nr + 1, sizeof *h);
	size_t *cursor = xreallocarray(NULL, nr + 1, sizeof *cursor);
	size_t i, j;

	for (j = 0; j < nr; j++) {
		h[j].hash = qwords_hash(&rq[j]);
		h[j].quote = j;
		cursor[j] = j;
	}
	qsort(h, nr, sizeof *h, cmp_qhash);
	for (i = 0; i < nl; i++) {
		uint64_t key = qwords_hash(&lq[i]);
		size_t lo = 0, hi = nr, k;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (h[mid].hash < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == nr || h[lo].hash != key)
			continue;
		while (cursor[lo] < nr && h[cursor[lo]].hash == key &&
		       rq[h[cursor[lo]].quote].used)
			cursor[lo]++;
		for (k = cursor[lo]; k < nr && h[k].hash == key; k++) {
			struct qwords *b = &rq[h[k].quote];

			if (b->used || !same_words(&lq[i], b))
				continue;
			lq[i].used = b->used = true;
			emit_quote(fs, al, &lq[i], b);
			break;
		}
	}
	free(h);
	free(cursor);
}

/* Candidate pairs: each left quotation not taken yet with the right ones
 * not taken yet that share its rarest words, QUOTE_MAX_CAND at most. */
static void
candidate_pairs(const struct qwords *lq, size_t nl, const struct qwords *rq,
                size_t nr, struct fact_pair **pairs, size_t *cap,
                size_t *np)
{
	struct posting *ix = NULL;
	struct probe *pr = NULL;
	size_t *seen = xcalloc(nr + 1, sizeof *seen);
	size_t nix = 0, ixcap = 0, prcap = 0, i, j, k;

	for (j = 0; j < nr; j++)
		for (k = 0; k < rq[j].n; k++) {
			MEM_GROW(ix, ixcap, nix + 1);
			ix[nix].word = rq[j].w[k];
			ix[nix].quote = (uint32_t)j;
			nix++;
		}
	if (nix > 1)
		qsort(ix, nix, sizeof *ix, cmp_posting);
	for (i = 0; i < nl; i++) {
		size_t npr = 0, found = 0;

		if (lq[i].used)
			continue;
		for (k = 0; k < lq[i].n; k++) {
			MEM_GROW(pr, prcap, npr + 1);
			pr[npr].word = lq[i].w[k];
			postings_of(ix, nix, pr[npr].word, &pr[npr].n);
			npr++;
		}
		if (npr > 1)
			qsort(pr, npr, sizeof *pr, cmp_probe);
		for (k = 0; k < npr && found < QUOTE_MAX_CAND; k++) {
			size_t n, m;
			const struct posting *p;

			if (k > 0 && pr[k].word == pr[k - 1].word)
				continue;
			p = postings_of(ix, nix, pr[k].word, &n);
			for (m = 0; m < n && found < QUOTE_MAX_CAND; m++) {
				double c;

				j = p[m].quote;
				if (seen[j] == i + 1 || rq[j].used)
					continue;
				seen[j] = i + 1;
				found++;
				c = quote_cost(&lq[i], &rq[j]);
				if (c >= 0)
					fact_pair_add(pairs, cap, np, i, j, c);
			}
		}
	}
	free(ix);
	free(pr);
	free(seen);
}

void
fact_group_quotes(struct fact_acc *fs, const struct alignment *al, size_t g)
{
	struct qwords *lq, *rq;
	struct fact_pair *pairs = NULL;
	size_t nl, nr, np = 0, cap = 0, i, j;

	if (!has_quotes(al, g, SIDE_LEFT) || !has_quotes(al, g, SIDE_RIGHT))
		return;
	nl = collect_quotes(al, g, SIDE_LEFT, &lq);
	nr = collect_quotes(al, g, SIDE_RIGHT, &rq);
	if (nl * nr > QUOTE_ALL_PAIRS) {
		pair_identical(fs, al, lq, nl, rq, nr);
		candidate_pairs(lq, nl, rq, nr, &pairs, &cap, &np);
	} else {
		for (i = 0; i < nl; i++)
			for (j = 0; j < nr; j++) {
				double c = quote_cost(&lq[i], &rq[j]);

				if (c >= 0)
					fact_pair_add(&pairs, &cap, &np, i, j,
					              c);
			}
	}
	fact_pair_sort(pairs, np);
	for (i = 0; i < np; i++) {
		struct qwords *a = &lq[pairs[i].l], *b = &rq[pairs[i].r];

		if (a->used || b->used)
			continue;
		a->used = b->used = true;
		emit_quote(fs, al, a, b);
	}
	qwords_free(lq, nl);
	qwords_free(rq, nr);
	free(pairs);
}
