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
#include "hash.h"
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

/* A quotation paired as a part of a longer one is shown from the start
 * of its clause in the longer, when that is at most this many words
 * before the first word they share. */
#define QUOTE_PART_LEAD 2

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
	uint32_t *st;		/* their stems: one quotation is known
				 * in other forms of its words */
	uint32_t *sorted;	/* st sorted, for the bound of quote_cost */
	uint32_t *s, *e;	/* each word's bytes in the paragraph */
	size_t n;
	bool used;
	bool joined;		/* quote + 1 continues it after an
				 * attribution ("...," he said, "...") */
	size_t mate;		/* paired one to one or as a part: the
				 * other side's quotation (unset when
				 * paired by speaker or as plain words,
				 * which come after the parts) */
};

/* The first token of paragraph pp at or after byte off. */
static size_t
para_token_at(const struct article *a, const struct article_para *pp,
              uint32_t off)
{
	return pp->tok + token_at(a->tok + pp->tok, pp->ntok, off);
}

static void
quote_words(const struct article *a, size_t qi, struct qwords *q)
{
	const struct quote *qu = &a->quo[qi];
	const struct article_para *pp = &a->para[qu->para];
	size_t i, cap = 0;

	memset(q, 0, sizeof *q);
	q->para = qu->para;
	q->quote = qi;
	for (i = para_token_at(a, pp, qu->start); i < pp->tok + pp->ntok;
	     i++) {
		const struct token *t = &a->tok[i];

		if (t->start >= qu->start + qu->len)
			break;
		if (t->kind == TOKEN_PUNCT)
			continue;
		if (q->n == cap) {
			cap = cap ? cap * 2 : 16;
			q->w = xreallocarray(q->w, cap, sizeof *q->w);
			q->st = xreallocarray(q->st, cap, sizeof *q->st);
			q->s = xreallocarray(q->s, cap, sizeof *q->s);
			q->e = xreallocarray(q->e, cap, sizeof *q->e);
		}
		q->w[q->n] = t->word;
		q->st[q->n] = t->stem ? t->stem : t->word;
		q->s[q->n] = t->start;
		q->e[q->n] = t->start + t->len;
		q->n++;
	}
}

static void
qwords_free_one(struct qwords *q)
{
	free(q->w);
	free(q->st);
	free(q->s);
	free(q->e);
	free(q->sorted);
}

static void
qwords_free(struct qwords *q, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		qwords_free_one(&q[i]);
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
				qwords_free_one(&(*out)[n]);
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

/* Record where quotations a (the shorter, aligned by ops from b's word
 * j) and b differ; swapped when a is the right one. */
static void
add_diffs(struct fact_acc *fs, struct fact *f, const struct qwords *a,
          const struct qwords *b, const uint8_t *ops, size_t nops,
          size_t j, bool swapped)
{
	size_t k = 0, i = 0;

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

/* Sort each quotation's stems into its sorted array. */
static void
qwords_sort(struct qwords *q, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		q[i].sorted = xreallocarray(NULL, q[i].n + 1,
		                            sizeof *q[i].sorted);
		memcpy(q[i].sorted, q[i].st, q[i].n * sizeof *q[i].st);
		qsort(q[i].sorted, q[i].n, sizeof *q[i].sorted, fact_cmp_u32);
	}
}

/* How many stems a and b have in common, each counted as often as the
 * one that has it fewer times has it. */
static size_t
common_words(const struct qwords *a, const struct qwords *b)
{
	size_t i = 0, j = 0, n = 0;

	while (i < a->n && j < b->n) {
		if (a->sorted[i] == b->sorted[j]) {
			n++;
			i++;
			j++;
		} else if (a->sorted[i] < b->sorted[j]) {
			i++;
		} else {
			j++;
		}
	}
	return n;
}

/* The cost per word of aligning two quotations, or a negative number if
 * they are not the same quotation.  Words are compared by their stems:
 * "we will not appeal" and "will not be appealing" differ by "we" and
 * "be" (which words differ, and whether they are the same words, is
 * emit_quote()'s, on the words as written). */
static double
quote_cost(const struct qwords *a, const struct qwords *b)
{
	const struct qwords *s = a->n <= b->n ? a : b, *l = s == a ? b : a;
	size_t cost;

	if (a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0)
		return 0;
	if (s->n < QUOTE_MIN_WORDS || s->n * l->n > QUOTE_MAX_CELLS)
		return -1;
	/* Each word of s that the alignment does not match costs at least
	 * 1, and at most the words the two have in common can match: most
	 * pairs are told apart in linear time, without the table. */
	if ((double)(s->n - common_words(s, l)) > QUOTE_MAX_COST *
	                                           (double)s->n)
		return -1;
	cost = nw_cost(s->st, s->n, l->st, l->n, QUOTE_MAX_COST * (double)s->n);
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

/* Where quotation q ends in its paragraph: after its second part when
 * it was split by an attribution. */
static uint32_t
quote_end(const struct article *a, const struct qwords *q)
{
	const struct quote *qu = &a->quo[q->quote + q->joined];

	return qu->start + qu->len;
}

/* Quotations a and b (left and right) taken for one: a fact, the same
 * words or worded differently, with the words where they differ. */
/* The first word of the clause that word k of quotation q is in: back
 * from k while only white space stands between two words (a comma, a
 * full stop or a dash ends a clause; another report may quote the
 * clause before it on its own). */
static size_t
clause_start(const struct article *a, const struct qwords *q, size_t k)
{
	const uint8_t *t = a->text + a->para[q->para].start;

	for (; k > 0; k--) {
		uint32_t i;

		for (i = q->e[k - 1]; i < q->s[k]; i++)
			if (t[i] != ' ')
				return k;
	}
	return 0;
}

static void
emit_quote(struct fact_acc *fs, const struct alignment *al,
           const struct qwords *a, const struct qwords *b, bool part)
{
	const struct quote *qa = &al->left->quo[a->quote];
	const struct quote *qb = &al->right->quo[b->quote];
	bool swapped = a->n > b->n;
	const struct qwords *s = swapped ? b : a, *l = swapped ? a : b;
	uint32_t ls = qa->start, le = quote_end(al->left, a);
	uint32_t rs = qb->start, re = quote_end(al->right, b);
	uint8_t *ops;
	size_t nops, cost, k, first, last, lead, trail;
	struct fact *f;

	if (a->n == b->n && memcmp(a->w, b->w, a->n * sizeof *a->w) == 0) {
		/* Word for word, however long. */
		fact_add(fs, FACT_QUOTE, FACT_MATCH, a->para, ls, le, b->para,
		         rs, re);
		return;
	}
	cost = nw_align(s->w, s->n, l->w, l->n, &ops, &nops);
	if (cost == 0 && l->n > s->n) {
		/* Quoted in part by one report: the same words.  In the
		 * longer, from the start of the clause they are in (a
		 * quotation is known by how it starts: "A few hundred ...
		 * came to fight, not to protest" against "came to fight, not
		 * to protest") to the last of them; the words alone when they
		 * are a part of it the other report sets apart. */
		const struct article *la = swapped ? al->left : al->right;

		for (k = 0, first = 0; k < nops && ops[k] == NW_INS_B; k++)
			first++;
		last = first + s->n - 1;
		if (!part)
			first = clause_start(la, l, first);
		if (swapped) {
			ls = a->s[first];
			le = a->e[last];
		} else {
			rs = b->s[first];
			re = b->e[last];
		}
	}
	lead = trail = 0;
	if (cost != 0 && part) {
		/* One of the longer's parts: from its first word the
		 * shorter aligns with to its last, and back to the start of
		 * that clause by up to QUOTE_PART_LEAD words, which the
		 * alignment skips for free ("It's a ..." against "It was a
		 * ...": "It" skipped, "It's" for "was"). */
		const struct article *la = swapped ? al->left : al->right;

		while (lead < nops && ops[lead] == NW_INS_B)
			lead++;
		while (trail < nops - lead && ops[nops - 1 - trail] == NW_INS_B)
			trail++;
		first = clause_start(la, l, lead);
		/* the leading ops are all insertions: taken back in */
		lead = lead - first > QUOTE_PART_LEAD ? lead : first;
		if (swapped) {
			ls = a->s[lead];
			le = a->e[a->n - 1 - trail];
		} else {
			rs = b->s[lead];
			re = b->e[b->n - 1 - trail];
		}
	}
	f = fact_add(fs, FACT_QUOTE, cost == 0 ? FACT_MATCH : FACT_VARY,
	             a->para, ls, le, b->para, rs, re);
	if (cost != 0)
		add_diffs(fs, f, s, l, ops + lead, nops - lead - trail, lead,
		          swapped);
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
			emit_quote(fs, al, &lq[i], b, false);
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

/* ---- a quotation split by its attribution ------------------------- */

/* Verbs that attribute a quotation to its speaker. */
static const char *const report_verbs[] = {
	"said", "says", "say", "told", "tells", "added", "adds", "adding",
	"asked", "stated", "declared", "insisted", "warned", "explained",
	"wrote", "noted", "argued", "claimed", "announced", "speculated",
	"continued", "according",
};
#define NREPORT_VERBS (sizeof report_verbs / sizeof *report_verbs)

/* Pronouns that stand for a speaker named before. */
static const char *const speaker_pronouns[] = {
	"he", "she", "they", "it", "we", "i",
};
#define NSPEAKER_PRONOUNS (sizeof speaker_pronouns / sizeof *speaker_pronouns)

/* Two parts of a quotation split by its attribution are joined when the
 * words between the marks are at most QUOTE_SPLIT_WORDS, hold a verb of
 * saying and no sentence's end, and the first part ends with a comma:
 * "We will not withdraw it," Roux said, "and we will not negotiate."  A
 * colon between opens a quotation of its own: "...," Roux said, adding:
 * "We are grateful." */
#define QUOTE_SPLIT_WORDS 8

static bool
split_pair(const struct article *a, const struct quote *q1,
           const struct quote *q2)
{
	const struct article_para *pp = &a->para[q1->para];
	const uint8_t *text = a->text + pp->start;
	uint32_t gap = q1->ostart + q1->olen, k;
	size_t i, words = 0;
	bool verb = false;

	if (q2->para != q1->para || q1->open_end || gap > q2->ostart)
		return false;
	/* The first part's words end with a comma inside the marks. */
	for (k = q1->start + q1->len; k < gap && text[k] == ' '; k++)
		;
	if (k >= gap || text[k] != ',')
		return false;
	for (i = para_token_at(a, pp, gap); i < pp->tok + pp->ntok &&
	                               a->tok[i].start < q2->ostart; i++) {
		const struct token *t = &a->tok[i];

		/* A colon before a space, not one in a time ("10:30"). */
		if (token_ends_sentence(t) ||
		    (token_is_punct(t, ':') &&
		     (i + 1 >= pp->tok + pp->ntok ||
		      (a->tok[i + 1].flags & TOKEN_SPACE))))
			return false;
		if (t->kind != TOKEN_PUNCT && ++words > QUOTE_SPLIT_WORDS)
			return false;
		verb |= token_word_in(text, t, report_verbs, NREPORT_VERBS);
	}
	return verb;
}

/* Join each quotation split by its attribution (q[i] and q[i + 1], the
 * next quotation of the article) into one; returns how many are left. */
static size_t
join_split(const struct article *a, struct qwords *q, size_t n)
{
	size_t i, k, out = 0;

	for (i = 0; i < n; i++) {
		struct qwords *x = &q[i], *y = &q[i + 1];

		if (i + 1 < n && y->quote == x->quote + 1 &&
		    split_pair(a, &a->quo[x->quote], &a->quo[y->quote])) {
			x->w = xreallocarray(x->w, x->n + y->n, sizeof *x->w);
			x->st = xreallocarray(x->st, x->n + y->n,
			                      sizeof *x->st);
			x->s = xreallocarray(x->s, x->n + y->n, sizeof *x->s);
			x->e = xreallocarray(x->e, x->n + y->n, sizeof *x->e);
			for (k = 0; k < y->n; k++) {
				x->w[x->n + k] = y->w[k];
				x->st[x->n + k] = y->st[k];
				x->s[x->n + k] = y->s[k];
				x->e[x->n + k] = y->e[k];
			}
			x->n += y->n;
			x->joined = true;
			free(y->w);
			free(y->st);
			free(y->s);
			free(y->e);
			q[out++] = *x;
			i++;
			continue;
		}
		q[out++] = *x;
	}
	return out;
}

/* ---- who says it ---------------------------------------------------- */

/* The speaker of a quotation is the name next to a verb of saying after
 * its closing mark ("...," said Minister Ana Ruiz) or within
 * QUOTE_ATTRIB_WORDS words before its opening one (Ruiz told reporters:
 * "..."), in its sentence; a pronoun, or no attribution, means the
 * speaker of the paragraph's quotation before, up to QUOTE_ATTRIB_BACK of
 * them, and a pronoun with none before the person the paragraph names
 * first. */
#define QUOTE_ATTRIB_WORDS 8
#define QUOTE_ATTRIB_BACK 4

/* After a quotation, an attribution may run to its sentence's end, at
 * most QUOTE_ATTRIB_SENTENCE words, when a name opens it: "...," Dr. Ana
 * Ruiz, the study's lead author, said in an interview. */
#define QUOTE_ATTRIB_SENTENCE 30

#define SPEAKER_NONE 0
#define SPEAKER_PRONOUN UINT32_MAX

/* Whether token i of paragraph pp is a word with a capital. */
static bool
is_cap(const struct article *a, const struct article_para *pp, size_t i)
{
	return i >= pp->tok && i < pp->tok + pp->ntok &&
	       a->tok[i].kind == TOKEN_WORD && (a->tok[i].flags & TOKEN_CAP);
}

/* Whether token i, a full stop or a hyphen, joins two capitalized words
 * of one name: "Dr. Helena Ruiz-Sanchez". */
static bool
name_joint(const struct article *a, const struct article_para *pp, size_t i)
{
	return i > pp->tok && i < pp->tok + pp->ntok &&
	       (token_is_punct(&a->tok[i], '.') ||
	        token_is_punct(&a->tok[i], '-')) &&
	       is_cap(a, pp, i - 1) && is_cap(a, pp, i + 1);
}

/* The last token of the name that starts at token i: capitalized words,
 * joined or not ("Dr. Helena Ruiz-Sanchez"). */
static size_t
name_last(const struct article *a, const struct article_para *pp, size_t i)
{
	size_t end = pp->tok + pp->ntok;

	for (;;) {
		if (is_cap(a, pp, i + 1))
			i++;
		else if (i + 2 < end && name_joint(a, pp, i + 1))
			i += 2;
		else
			return i;
	}
}

/* The last word of the name that ends at token i (back) or starts there
 * (on), or SPEAKER_NONE; SPEAKER_PRONOUN for "he", "she"... */
static uint32_t
name_run(const struct article *a, const struct article_para *pp, size_t i,
         bool on)
{
	const uint8_t *text = a->text + pp->start;
	size_t end = pp->tok + pp->ntok;

	if (i < pp->tok || i >= end)
		return SPEAKER_NONE;
	if (token_word_in(text, &a->tok[i], speaker_pronouns,
	                  NSPEAKER_PRONOUNS))
		return SPEAKER_PRONOUN;
	if (!is_cap(a, pp, i))
		return SPEAKER_NONE;
	return a->tok[on ? name_last(a, pp, i) : i].word;
}

/* The name that ends at token i, set off by a comma before it: "the
 * bank's chief executive, Marit Osvald" (Marit Osvald, and no pronoun);
 * else SPEAKER_NONE. */
static uint32_t
appositive_name(const struct article *a, const struct article_para *pp,
                size_t i)
{
	size_t k = i;

	if (!is_cap(a, pp, i))
		return SPEAKER_NONE;
	while (k > pp->tok && is_cap(a, pp, k - 1))
		k--;
	if (k == pp->tok || !token_is_punct(&a->tok[k - 1], ','))
		return SPEAKER_NONE;
	return a->tok[i].word;
}

/* After a verb of saying at token i, a title and then the name: "said
 * police chief Ravi Soni", or set off by a comma, "said India's junior
 * home minister, Sriprakash Jaiswal", "said the police chief, A.S.
 * Gill".  The name's last word, or SPEAKER_NONE when no capital follows
 * within QUOTE_ATTRIB_WORDS words of title.  Before a name with no
 * comma, the title's words are no stopwords: not "said in Washington". */
static uint32_t
title_then_name(const struct article *a, const struct article_para *pp,
                size_t i, size_t to)
{
	size_t k, words = 0;
	bool stop = false;

	for (k = i + 1; k < to && words < QUOTE_ATTRIB_WORDS; k++) {
		const struct token *t = &a->tok[k];

		if (token_is_punct(t, ','))
			return is_cap(a, pp, k + 1) ? name_run(a, pp, k + 1, true)
			                            : SPEAKER_NONE;
		if (t->kind != TOKEN_WORD)
			continue;	/* "India's": the apostrophe */
		if (is_cap(a, pp, k) && words > 0 && !stop)
			return name_run(a, pp, k, true);
		stop |= (t->flags & TOKEN_STOP) != 0;
		words++;
	}
	return SPEAKER_NONE;
}

/* Whether the name starting at token i ends before a comma, a sentence's
 * end or the paragraph's: not "India's junior home minister". */
static bool
is_name_end(const struct article *a, const struct article_para *pp, size_t i)
{
	size_t end = pp->tok + pp->ntok;

	i = name_last(a, pp, i);
	return i + 1 >= end || a->tok[i + 1].kind != TOKEN_WORD;
}

/* The speaker named by the attribution in tokens [from, to) (a verb of
 * saying and a name beside it, or a name that opens it: "Dr. Ana Ruiz,
 * who led the study, said"), or SPEAKER_NONE or SPEAKER_PRONOUN. */
static uint32_t
attribution(const struct article *a, const struct article_para *pp,
            size_t from, size_t to, bool name_first)
{
	const uint8_t *text = a->text + pp->start;
	size_t i;
	uint32_t who;

	for (i = from; i < to; i++) {
		if (!token_word_in(text, &a->tok[i], report_verbs, NREPORT_VERBS))
			continue;
		/* "said Minister Ana Ruiz", "said the minister, Ana Ruiz"
		 * (not "said India's": a name that only qualifies a
		 * title), then "Ana Ruiz said". */
		who = name_run(a, pp, i + 1, true);
		if (who == SPEAKER_NONE ||
		    (who != SPEAKER_PRONOUN && !is_name_end(a, pp, i + 1))) {
			uint32_t named = title_then_name(a, pp, i, to);

			if (named != SPEAKER_NONE)
				who = named;
		}
		if (who == SPEAKER_NONE && i > pp->tok)
			who = name_run(a, pp, i - 1, false);
		/* A name set off by commas before the verb: "its chief
		 * executive, Marit Osvald, said". */
		if (who == SPEAKER_NONE && i >= pp->tok + 3 &&
		    token_is_punct(&a->tok[i - 1], ','))
			who = appositive_name(a, pp, i - 2);
		if (who == SPEAKER_NONE && name_first) {
			size_t k = from;

			while (k < i && a->tok[k].kind == TOKEN_PUNCT)
				k++;
			who = name_run(a, pp, k, true);
		}
		if (who != SPEAKER_NONE)
			return who;
	}
	return SPEAKER_NONE;
}

/* The attribution of quotation qi alone: after it, else before it. */
static uint32_t
own_speaker(const struct article *a, size_t qi)
{
	const struct quote *q = &a->quo[qi];
	const struct article_para *pp = &a->para[q->para];
	size_t end = pp->tok + pp->ntok, i, j, words;
	uint32_t who;

	/* After: up to the sentence's end or the next quotation mark. */
	i = para_token_at(a, pp, q->ostart + q->olen);
	for (j = i, words = 0; j < end && words < QUOTE_ATTRIB_SENTENCE; j++) {
		if (token_ends_sentence(&a->tok[j]) && !name_joint(a, pp, j))
			break;
		if (token_is_punct(&a->tok[j], '"'))
			break;
		words += a->tok[j].kind != TOKEN_PUNCT;
	}
	who = attribution(a, pp, i, j, true);
	if (who != SPEAKER_NONE)
		return who;
	/* Before: back to the sentence's start or a quotation mark. */
	j = para_token_at(a, pp, q->ostart);
	for (i = j, words = 0; i > pp->tok && words < QUOTE_ATTRIB_WORDS; i--) {
		if (token_ends_sentence(&a->tok[i - 1]) ||
		    token_is_punct(&a->tok[i - 1], '"'))
			break;
		words += a->tok[i - 1].kind != TOKEN_PUNCT;
	}
	return attribution(a, pp, i, j, false);
}

/* The person a paragraph is about, for a quotation that "he said": the
 * first name in it before byte off, other than a capital that only
 * starts a sentence ("Chilean engineer Ana Ruiz, speaking to reporters,
 * said..."). */
static uint32_t
paragraph_subject(const struct article *a, const struct article_para *pp,
                  uint32_t off)
{
	size_t i, end = para_token_at(a, pp, off);

	for (i = pp->tok; i < end && i < pp->tok + QUOTE_ATTRIB_SENTENCE;
	     i++) {
		if (!is_cap(a, pp, i))
			continue;
		if ((a->tok[i].flags & TOKEN_SENT) && !is_cap(a, pp, i + 1) &&
		    !name_joint(a, pp, i + 1))
			continue;
		return name_run(a, pp, i, true);
	}
	return SPEAKER_NONE;
}

/* The speaker of quotation qi: a word id (the last word of the name), or
 * SPEAKER_NONE. */
static uint32_t
speaker_of(const struct article *a, size_t qi)
{
	size_t first = a->para[a->quo[qi].para].quo, k;
	bool pronoun = false;

	for (k = 0; k <= QUOTE_ATTRIB_BACK; k++) {
		uint32_t who = own_speaker(a, qi - k);

		if (who != SPEAKER_NONE && who != SPEAKER_PRONOUN)
			return who;
		pronoun |= who == SPEAKER_PRONOUN;
		if (qi - k == first)
			break;
	}
	if (pronoun)
		return paragraph_subject(a, &a->para[a->quo[qi].para],
		                         a->quo[qi].ostart);
	return SPEAKER_NONE;
}

/* ---- one speaker's words in other words ----------------------------- */

/* A word's first WORD_PREFIX letters (ASCII, folded) as a key of its
 * own: a word that another shares them with is the same word told in
 * another form, "terror" and "terrorist", which stemming keeps apart.
 * The aligner's looser keys take as many (token.h). */
#define WORD_PREFIX 5
#define PREFIX_TAG ((uint64_t)1 << 62)

static uint64_t
prefix_key(const uint8_t *s, size_t n)
{
	uint64_t k = 0;
	size_t i;

	if (n < WORD_PREFIX)
		return 0;
	for (i = 0; i < WORD_PREFIX; i++) {
		uint8_t c = s[i] | 0x20;

		if (c < 'a' || c > 'z')
			return 0;
		k = k << 8 | c;
	}
	return PREFIX_TAG | k;
}

static int
cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

/* The content words of quotation q (words that are not stopwords) as
 * keys, sorted, into out (2 * q->n of room): each word's stem, and its
 * prefix_key(); returns how many. */
static size_t
content_words(const struct article *a, const struct qwords *q, uint64_t *out)
{
	const struct article_para *pp = &a->para[q->para];
	const uint8_t *text = a->text + pp->start;
	size_t n = 0, k;

	for (k = 0; k < q->n; k++) {
		const struct token *t = &a->tok[para_token_at(a, pp, q->s[k])];
		uint64_t pre;

		if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP))
			continue;
		out[n++] = t->stem;
		if ((pre = prefix_key(text + t->start, t->len)) != 0)
			out[n++] = pre;
	}
	if (n > 1)
		qsort(out, n, sizeof *out, cmp_u64);
	return n;
}

static size_t
shared_sorted(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, n = 0;

	while (i < na && j < nb) {
		if (a[i] == b[j]) {
			n++;
			while (i + 1 < na && a[i + 1] == a[i])
				i++;
			while (j + 1 < nb && b[j + 1] == b[j])
				j++;
			i++;
			j++;
		} else if (a[i] < b[j]) {
			i++;
		} else {
			j++;
		}
	}
	return n;
}

/* How many of the quotations q[0 .. n) have speaker who. */
static size_t
count_speaker(const uint32_t *spk, size_t n, uint32_t who)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += spk[i] == who;
	return k;
}

/* When both reports give one speaker as many quotations in a passage,
 * not paired yet, they are the same remarks: two of them that share a
 * content word are one utterance worded differently (translated, or
 * told from notes): "It is probably domestic activity" and "It is very
 * likely that this is the work of a domestic group".  Most shared words
 * first, one to one.  A speaker quoted more often in one report is not
 * paired so: which of the remarks the other carries is not known. */
static void
pair_by_speaker(struct fact_acc *fs, const struct alignment *al,
                struct qwords *lq, size_t nl, struct qwords *rq, size_t nr)
{
	struct fact_pair *pairs = NULL;
	uint64_t *lw = NULL, *rw = NULL;
	uint32_t *lspk, *rspk;
	size_t np = 0, cap = 0, i, j, nlw, nrw;

	lspk = xcalloc(nl + 1, sizeof *lspk);
	rspk = xcalloc(nr + 1, sizeof *rspk);
	for (i = 0; i < nl; i++)
		if (!lq[i].used && lq[i].n >= QUOTE_MIN_WORDS)
			lspk[i] = speaker_of(al->left, lq[i].quote);
	for (j = 0; j < nr; j++)
		if (!rq[j].used && rq[j].n >= QUOTE_MIN_WORDS)
			rspk[j] = speaker_of(al->right, rq[j].quote);
	for (i = 0; i < nl; i++) {
		if (lspk[i] == SPEAKER_NONE ||
		    count_speaker(lspk, nl, lspk[i]) !=
		            count_speaker(rspk, nr, lspk[i]))
			continue;
		lw = xreallocarray(lw, 2 * lq[i].n + 1, sizeof *lw);
		nlw = content_words(al->left, &lq[i], lw);
		for (j = 0; j < nr; j++) {
			size_t shared;

			if (rspk[j] != lspk[i] ||
			    lq[i].n * rq[j].n > QUOTE_MAX_CELLS)
				continue;
			rw = xreallocarray(rw, 2 * rq[j].n + 1, sizeof *rw);
			nrw = content_words(al->right, &rq[j], rw);
			shared = shared_sorted(lw, nlw, rw, nrw);
			if (shared > 0)
				fact_pair_add(&pairs, &cap, &np, i, j,
				              1.0 / (double)shared);
		}
	}
	fact_pair_sort(pairs, np);
	for (i = 0; i < np; i++) {
		struct qwords *a = &lq[pairs[i].l], *b = &rq[pairs[i].r];

		if (a->used || b->used)
			continue;
		a->used = b->used = true;
		emit_quote(fs, al, a, b, false);
	}
	free(pairs);
	free(lw);
	free(rw);
	free(lspk);
	free(rspk);
}

/* ---- words quoted by one report only -------------------------------- */

/* A quotation of at least QUOTE_UNQUOTED_MIN_WORDS words that the other
 * report gives word for word without quotation marks is the same
 * quotation: "sponsoring \"a dog in an animal fighting venture\"" and
 * "conspiring to sponsor a dog in an animal fighting venture".  The
 * search reads at most QUOTE_UNQUOTED_WORK tokens a group, so that a
 * long passage of quotations stays linear. */
#define QUOTE_UNQUOTED_MIN_WORDS 5
#define QUOTE_UNQUOTED_WORK ((size_t)1 << 22)

/* A word token of the other report's passage: its word, the member of
 * the group its paragraph is and its index; sorted in that order, the
 * places where a quotation may start are found by its first word. */
struct wordpos {
	uint32_t word;
	uint32_t member;
	size_t tok;
};

static int
cmp_wordpos(const void *a, const void *b)
{
	const struct wordpos *x = a, *y = b;

	if (x->word != y->word)
		return x->word < y->word ? -1 : 1;
	if (x->member != y->member)
		return x->member < y->member ? -1 : 1;
	return x->tok < y->tok ? -1 : x->tok > y->tok;
}

/* The word tokens of the paragraphs of group g on side s that are one
 * of the words first[0 .. nfirst) (sorted, distinct), sorted; a table of
 * those words (open addressing) keeps the scan linear. */
static struct wordpos *
word_positions(const struct alignment *al, size_t g, enum side s,
               const uint32_t *first, size_t nfirst, size_t *n)
{
	bool left = s == SIDE_LEFT;
	const struct article *a = left ? al->left : al->right;
	const struct align_group *gr = &al->group[g];
	struct wordpos *v = NULL;
	size_t cap = 0, m, i, size = 16, mask, h, *slot;

	while (size < 2 * nfirst)
		size *= 2;
	mask = size - 1;
	slot = xcalloc(size, sizeof *slot);	/* index + 1, 0 empty */
	for (i = 0; i < nfirst; i++) {
		for (h = hash_mix(0, first[i]) & mask; slot[h];
		     h = (h + 1) & mask)
			;
		slot[h] = i + 1;
	}
	*n = 0;
	for (m = 0; m < (left ? gr->nleft : gr->nright); m++) {
		size_t p = left ? align_left(al, g, m) : align_right(al, g, m);
		const struct article_para *pp = &a->para[p];

		for (i = pp->tok; i < pp->tok + pp->ntok; i++) {
			uint32_t w = a->tok[i].word;

			if (a->tok[i].kind == TOKEN_PUNCT)
				continue;
			for (h = hash_mix(0, w) & mask;
			     slot[h] && first[slot[h] - 1] != w;
			     h = (h + 1) & mask)
				;
			if (!slot[h])
				continue;
			MEM_GROW(v, cap, *n + 1);
			v[*n].word = w;
			v[*n].member = (uint32_t)m;
			v[*n].tok = i;
			(*n)++;
		}
	}
	free(slot);
	if (*n > 1)
		qsort(v, *n, sizeof *v, cmp_wordpos);
	return v;
}

/* Where the words of q are in the other report's passage (positions
 * pos, npos of them), word for word, first in its first paragraph: as
 * its member of the group and token indexes [*first, *last]; false if
 * they are not. */
static bool
find_words(const struct article *a, const struct alignment *al, size_t g,
           bool left, const struct wordpos *pos, size_t npos, const struct qwords *q,
           size_t *member, size_t *first, size_t *last, size_t *work)
{
	size_t lo = 0, hi = npos, i, j, k;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (pos[mid].word < q->w[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < npos && pos[lo].word == q->w[0] &&
	       *work < QUOTE_UNQUOTED_WORK; lo++) {
		size_t p = left ? align_right(al, g, pos[lo].member)
		                : align_left(al, g, pos[lo].member);
		size_t end = a->para[p].tok + a->para[p].ntok;

		i = pos[lo].tok;
		for (j = i, k = 0; j < end && k < q->n; j++) {
			(*work)++;
			if (a->tok[j].kind == TOKEN_PUNCT)
				continue;
			if (a->tok[j].word != q->w[k])
				break;
			k++;
		}
		if (k == q->n) {
			*member = pos[lo].member;
			*first = i;
			*last = j - 1;
			return true;
		}
	}
	return false;
}

static void
find_unquoted(struct fact_acc *fs, const struct alignment *al, size_t g,
              struct qwords *q, size_t n, enum side s)
{
	bool left = s == SIDE_LEFT;
	const struct article *a = left ? al->left : al->right;
	const struct article *o = left ? al->right : al->left;
	struct wordpos *pos;
	uint32_t *fw = xreallocarray(NULL, n + 1, sizeof *fw);
	size_t i, m, p, npos = 0, nfw = 0, work = 0, first, last;

	/* The first words of the quotations searched. */
	for (i = 0; i < n; i++)
		if (!q[i].used && q[i].n >= QUOTE_UNQUOTED_MIN_WORDS)
			fw[nfw++] = q[i].w[0];
	if (nfw == 0) {
		free(fw);
		return;
	}
	qsort(fw, nfw, sizeof *fw, fact_cmp_u32);
	for (i = m = 0; i < nfw; i++)
		if (m == 0 || fw[m - 1] != fw[i])
			fw[m++] = fw[i];
	pos = word_positions(al, g, left ? SIDE_RIGHT : SIDE_LEFT, fw, m,
	                     &npos);
	free(fw);
	for (i = 0; i < n; i++) {
		const struct quote *qu = &a->quo[q[i].quote];
		uint32_t os, oe;

		if (q[i].used || q[i].n < QUOTE_UNQUOTED_MIN_WORDS)
			continue;
		if (!find_words(o, al, g, left, pos, npos, &q[i], &m, &first,
		                &last, &work))
			continue;
		p = left ? align_right(al, g, m) : align_left(al, g, m);
		os = o->tok[first].start;
		oe = o->tok[last].start + o->tok[last].len;
		q[i].used = true;
		if (left)
			fact_add(fs, FACT_QUOTE, FACT_MATCH, q[i].para,
			         qu->start, quote_end(a, &q[i]), p, os, oe);
		else
			fact_add(fs, FACT_QUOTE, FACT_MATCH, p, os, oe,
			         q[i].para, qu->start, quote_end(a, &q[i]));
	}
	free(pos);
}

/* One report's quotation may hold two of the other's, which sets them
 * apart by an attribution of its own sentence ("Every life matters,"
 * she said. "Our teams will work through the night."): each of the two
 * is a part of it.  Quotation i of x (one side's), left unpaired, next
 * to one of its paragraph that was paired with a longer one of y, long
 * enough to hold both, is paired with that one too when it is one of
 * its parts (quote_cost()).  Whether it was. */
static bool
pair_second_part(struct fact_acc *fs, const struct alignment *al,
                 struct qwords *x, size_t nx, struct qwords *y, size_t i,
                 bool right)
{
	size_t k;

	if (x[i].used || x[i].n < QUOTE_MIN_WORDS)
		return false;
	for (k = 0; k < nx; k++) {
		const struct qwords *m = &x[k];
		struct qwords *b;

		if (k == i || !m->used || m->para != x[i].para ||
		    (m->quote + 1 != x[i].quote && x[i].quote + 1 != m->quote))
			continue;
		b = &y[m->mate];
		if (b->n < m->n + x[i].n || quote_cost(&x[i], b) < 0)
			continue;
		x[i].used = true;
		x[i].mate = m->mate;	/* a third part may follow */
		if (right)
			emit_quote(fs, al, b, &x[i], true);
		else
			emit_quote(fs, al, &x[i], b, true);
		return true;
	}
	return false;
}

/* pair_second_part() for every quotation of x, until none is added: a
 * part found may be the neighbour that the one before it lacked. */
static void
pair_second_parts(struct fact_acc *fs, const struct alignment *al,
                  struct qwords *x, size_t nx, struct qwords *y, bool right)
{
	bool more = true;
	size_t i;

	while (more) {
		more = false;
		for (i = 0; i < nx; i++)
			more |= pair_second_part(fs, al, x, nx, y, i, right);
	}
}

void
fact_group_quotes(struct fact_acc *fs, const struct alignment *al, size_t g)
{
	struct qwords *lq, *rq;
	struct fact_pair *pairs = NULL;
	size_t nl, nr, np = 0, cap = 0, i, j;

	/* Quotations on one side only may still be words of the other. */
	if (!has_quotes(al, g, SIDE_LEFT) && !has_quotes(al, g, SIDE_RIGHT))
		return;
	nl = collect_quotes(al, g, SIDE_LEFT, &lq);
	nr = collect_quotes(al, g, SIDE_RIGHT, &rq);
	nl = join_split(al->left, lq, nl);
	nr = join_split(al->right, rq, nr);
	qwords_sort(lq, nl);
	qwords_sort(rq, nr);
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
		a->mate = pairs[i].r;
		b->mate = pairs[i].l;
		emit_quote(fs, al, a, b, false);
	}
	if (nl * nr <= QUOTE_ALL_PAIRS) {
		pair_second_parts(fs, al, lq, nl, rq, false);
		pair_second_parts(fs, al, rq, nr, lq, true);
		pair_by_speaker(fs, al, lq, nl, rq, nr);
	}
	find_unquoted(fs, al, g, lq, nl, SIDE_LEFT);
	find_unquoted(fs, al, g, rq, nr, SIDE_RIGHT);
	qwords_free(lq, nl);
	qwords_free(rq, nr);
	free(pairs);
}

/* ---- the same quotation in two passages ------------------------------ */

/* A quotation of QUOTE_ACROSS_MIN_WORDS words or more that the other
 * report gives word for word, once, in a paragraph the aligner put in
 * another passage (or in none), is one quotation: a reader wants it
 * shown, not listed as each report's own.  Six words are what two reports
 * do not share by chance (QUOTE_GRAM + 1, as the aligner counts them). */
#define QUOTE_ACROSS_MIN_WORDS 6

struct quote_key {
	uint64_t hash;
	struct qwords q;
};

static int
cmp_quote_key(const void *x, const void *y)
{
	const struct quote_key *a = x, *b = y;

	return a->hash < b->hash ? -1 : a->hash > b->hash;
}

/* Every quotation of a of QUOTE_ACROSS_MIN_WORDS words or more, as
 * words, sorted by their hash; returns how many. */
static size_t
quote_keys(const struct article *a, struct quote_key **out)
{
	size_t i, n = 0;

	*out = xmalloc((a->nquo + 1) * sizeof **out);
	for (i = 0; i < a->nquo; i++) {
		struct quote_key *k = &(*out)[n];

		quote_words(a, i, &k->q);
		if (k->q.n < QUOTE_ACROSS_MIN_WORDS) {
			qwords_free_one(&k->q);
			continue;
		}
		k->hash = qwords_hash(&k->q);
		n++;
	}
	qsort(*out, n, sizeof **out, cmp_quote_key);
	return n;
}

/* The keys of v[0 .. n) with q's words: the first in *at; how many. */
static size_t
same_quotes(const struct quote_key *v, size_t n, const struct quote_key *k,
            size_t *at)
{
	size_t lo = 0, hi = n, m = 0, i;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].hash < k->hash)
			lo = mid + 1;
		else
			hi = mid;
	}
	*at = SIZE_MAX;
	for (i = lo; i < n && v[i].hash == k->hash; i++)
		if (same_words(&v[i].q, &k->q)) {
			if (*at == SIZE_MAX)
				*at = i;
			m++;
		}
	return m;
}

/* Whether group g has on side s a quotation that may be q: its own
 * passage compares them (fact_group_quotes()). */
static bool
group_has_like(const struct alignment *al, size_t g, enum side s,
               const struct qwords *q)
{
	struct qwords *v, mine = *q;
	size_t n, i;
	bool like = false;

	if (g == ALIGN_NONE)
		return false;
	n = collect_quotes(al, g, s, &v);
	qwords_sort(v, n);
	qwords_sort(&mine, 1);	/* its own sorted words; q's are shared */
	for (i = 0; i < n && !like; i++)
		like = quote_cost(&mine, &v[i]) >= 0;
	free(mine.sorted);
	qwords_free(v, n);
	return like;
}

static int
cmp_across(const void *x, const void *y)
{
	const struct quote_across *a = x, *b = y;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	if (a->lp != b->lp)
		return a->lp < b->lp ? -1 : 1;
	return a->ls < b->ls ? -1 : a->ls > b->ls;
}

size_t
fact_quotes_across(const struct alignment *al, struct quote_across **out)
{
	struct quote_key *lk, *rk;
	size_t nl = quote_keys(al->left, &lk), nr = quote_keys(al->right, &rk);
	size_t i, n = 0, cap = 0, at, mine;

	*out = NULL;
	for (i = 0; i < nl; i++) {
		const struct qwords *a = &lk[i].q, *b;
		size_t gl = al->left_group[a->para], gr;

		/* Given once by each report. */
		if (same_quotes(rk, nr, &lk[i], &at) != 1 ||
		    same_quotes(lk, nl, &lk[i], &mine) != 1)
			continue;
		b = &rk[at].q;
		gr = al->right_group[b->para];
		if (gl == gr || group_has_like(al, gl, SIDE_RIGHT, a) ||
		    group_has_like(al, gr, SIDE_LEFT, b))
			continue;	/* one passage, or compared in its own */
		MEM_GROW(*out, cap, n + 1);
		(*out)[n++] = (struct quote_across){
			.group = gl != ALIGN_NONE ? gl : gr,
			.lp = a->para, .rp = b->para,
			.ls = al->left->quo[a->quote].start,
			.le = quote_end(al->left, a),
			.rs = al->right->quo[b->quote].start,
			.re = quote_end(al->right, b),
		};
	}
	for (i = 0; i < nl; i++)
		qwords_free_one(&lk[i].q);
	for (i = 0; i < nr; i++)
		qwords_free_one(&rk[i].q);
	free(lk);
	free(rk);
	if (n > 1)
		qsort(*out, n, sizeof **out, cmp_across);
	return n;
}

void
fact_group_quotes_across(struct fact_acc *fs, const struct quote_across *v,
                         size_t n, size_t g)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].group < g)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && v[lo].group == g; lo++)
		fact_add(fs, FACT_QUOTE, FACT_MATCH, v[lo].lp, v[lo].ls,
		         v[lo].le, v[lo].rp, v[lo].rs, v[lo].re)->cross = true;
}
