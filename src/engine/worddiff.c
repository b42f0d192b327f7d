/* worddiff.c - the word-level edit script of a passage: patience anchors,
 * Myers between them, then a cleanup into readable phrases.
 *
 * Patience diff: Bram Cohen's, as git's xpatience.c does it.  Myers: "An
 * O(ND) Difference Algorithm and Its Variations", Algorithmica 1 (1986),
 * the greedy forward search with the furthest-reaching paths of each cost
 * kept for the way back.  The cleanup is the one of Neil Fraser's
 * diff-match-patch ("semantic cleanup"): an equality no longer than the
 * edits on either side of it is not worth showing apart. */
#include "worddiff.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "mem.h"

/* The most edits Myers may spend on one stretch between anchors before
 * the stretch is taken as one replacement.  A passage's two wordings
 * rarely differ by more than a few dozen words between two words they
 * share once; past this the edit script would be noise anyway, and the
 * search costs (words) x (this) steps and (this)^2 remembered positions,
 * so it stays bounded on dissimilar passages. */
#define WORDDIFF_MAX_COST 256

/* Anchors nest: a stretch between two anchors is searched again for
 * words unique within it.  Past this depth (a pathological input, each
 * level peeling off one anchor) Myers takes the stretch directly. */
#define WORDDIFF_MAX_DEPTH 48

/* An equal run between two edits is folded into one replacement when it
 * is at most this many words and no longer than the larger side of each
 * neighbouring edit: "[-would travel-]{+had travelled+} to" reads as a
 * phrase, "[-would-]{+had+} travel[-led-]" does not. */
#define WORDDIFF_SHORT_EQUAL 2

static void
emit(struct worddiff *out, enum worddiff_op op, size_t l, size_t nl,
     size_t r, size_t nr)
{
	struct worddiff_edit *e;

	if (nl == 0 && nr == 0)
		return;
	if (out->n > 0) {
		e = &out->v[out->n - 1];
		if (e->op == op && e->left + e->nleft == l &&
		    e->right + e->nright == r) {
			e->nleft += nl;
			e->nright += nr;
			return;
		}
	}
	MEM_GROW(out->v, out->cap, out->n + 1);
	out->v[out->n++] = (struct worddiff_edit){ op, l, nl, r, nr };
}

/* Myers' greedy search over a[alo..ahi) and b[blo..bhi), both non-empty
 * after trimming; false when it would cost more than WORDDIFF_MAX_COST. */
static bool
myers(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b,
      size_t blo, size_t bhi, struct worddiff *out)
{
	long n = (long)(ahi - alo), m = (long)(bhi - blo);
	long max = n + m < WORDDIFF_MAX_COST ? n + m : WORDDIFF_MAX_COST;
	/* trace[d] holds the furthest x of each diagonal k in [-d, d] after
	 * d edits, at trace_at[d] + d + k. */
	long *trace = NULL, *v;
	size_t *trace_at = xmalloc((size_t)(max + 1) * sizeof *trace_at);
	size_t used = 0, cap = 0;
	long d, k, x, y, found = -1;

	for (d = 0; d <= max && found < 0; d++) {
		size_t at = used;

		used += (size_t)(2 * d + 1);
		MEM_GROW(trace, cap, used);
		trace_at[d] = at;
		v = trace + at + d;	/* v[k], k in [-d, d] */
		for (k = -d; k <= d; k += 2) {
			const long *prev = d ? trace + trace_at[d - 1] + d - 1
			                     : NULL;

			if (d == 0)
				x = 0;
			else if (k == -d || (k != d && prev[k - 1] < prev[k + 1]))
				x = prev[k + 1];	/* down: an insertion */
			else
				x = prev[k - 1] + 1;	/* right: a deletion */
			y = x - k;
			while (x < n && y < m && a[alo + x] == b[blo + y]) {
				x++;
				y++;
			}
			v[k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
		/* Diagonals not visited this round (odd/even) stay unset;
		 * they are never read: d - 1 reads only k +- 1. */
	}
	if (found < 0) {
		free(trace);
		free(trace_at);
		return false;
	}

	/* Walk back from (n, m), collecting the path's steps in reverse. */
	{
		struct step { long x0, y0, x1, y1; } *st;
		size_t nst = 0;

		st = xmalloc((size_t)(found + 1) * sizeof *st);
		x = n;
		y = m;
		for (d = found; d > 0; d--) {
			const long *prev = trace + trace_at[d - 1] + d - 1;
			long px, py;

			k = x - y;
			if (k == -d || (k != d && prev[k - 1] < prev[k + 1]))
				k = k + 1;
			else
				k = k - 1;
			px = prev[k];
			py = px - k;
			st[nst++] = (struct step){ px, py, x, y };
			x = px;
			y = py;
		}
		/* The first snake, before any edit. */
		emit(out, WORDDIFF_EQUAL, alo, (size_t)x, blo, (size_t)y);
		while (nst > 0) {
			struct step s = st[--nst];
			long ex, ey;

			/* One edit, then a snake to (x1, y1). */
			if (s.x1 - s.y1 > s.x0 - s.y0) {
				emit(out, WORDDIFF_DELETE, alo + (size_t)s.x0, 1,
				     blo + (size_t)s.y0, 0);
				ex = s.x0 + 1;
				ey = s.y0;
			} else {
				emit(out, WORDDIFF_INSERT, alo + (size_t)s.x0, 0,
				     blo + (size_t)s.y0, 1);
				ex = s.x0;
				ey = s.y0 + 1;
			}
			emit(out, WORDDIFF_EQUAL, alo + (size_t)ex,
			     (size_t)(s.x1 - ex), blo + (size_t)ey,
			     (size_t)(s.y1 - ey));
		}
		free(st);
	}
	free(trace);
	free(trace_at);
	return true;
}

/* How often a word occurs in each stretch, and where on the right: one
 * slot of the table anchors() counts in. */
struct tally {
	uint32_t word;
	uint32_t nleft, nright;	/* occurrences, counted up to 2 */
	bool used;
	size_t right;		/* the position of its last on the right */
};

/* The table holds at most a TALLY_LOAD share of its slots. */
#define TALLY_LOAD 0.5
#define TALLY_MIN_SLOTS 64

struct tally_table {
	struct tally *slot;
	size_t mask, n;
};

static struct tally *
tally_at(struct tally_table *t, uint32_t word)
{
	size_t k = (size_t)hash_mix(0, word) & t->mask;

	while (t->slot[k].used && t->slot[k].word != word)
		k = (k + 1) & t->mask;
	return &t->slot[k];
}

static void
tally_grow(struct tally_table *t)
{
	struct tally *old = t->slot;
	size_t n = t->mask + 1, i;

	t->slot = xcalloc(2 * n, sizeof *t->slot);
	t->mask = 2 * n - 1;
	for (i = 0; i < n; i++)
		if (old[i].used)
			*tally_at(t, old[i].word) = old[i];
	free(old);
}

/* The tally of word, a new one if it has none yet. */
static struct tally *
tally_get(struct tally_table *t, uint32_t word)
{
	struct tally *x = tally_at(t, word);

	if (x->used)
		return x;
	if ((double)(t->n + 1) > TALLY_LOAD * (double)(t->mask + 1)) {
		tally_grow(t);
		x = tally_at(t, word);
	}
	x->used = true;
	x->word = word;
	t->n++;
	return x;
}

struct anchor {
	size_t a, b;
};

/* The words that occur once on each side of the two stretches, as
 * position pairs in left order; then the longest run of them whose right
 * positions rise too (patience sorting), into *out.  Returns its
 * length. */
static size_t
anchors(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b,
        size_t blo, size_t bhi, struct anchor **out)
{
	struct tally_table t = { NULL, TALLY_MIN_SLOTS - 1, 0 };
	size_t i, nu = 0, len = 0;
	struct anchor *u;
	size_t *tail, *back;

	/* Counted in a table of the words, not by sorting the occurrences:
	 * linear, and no larger than the words both stretches use. */
	t.slot = xcalloc(TALLY_MIN_SLOTS, sizeof *t.slot);
	for (i = alo; i < ahi; i++) {
		struct tally *x = tally_get(&t, a[i]);

		if (x->nleft < 2)
			x->nleft++;
	}
	for (i = blo; i < bhi; i++) {
		struct tally *x = tally_get(&t, b[i]);

		if (x->nright < 2)
			x->nright++;
		x->right = i;
	}
	for (i = alo; i < ahi; i++) {
		const struct tally *x = tally_at(&t, a[i]);

		nu += x->nleft == 1 && x->nright == 1;
	}
	u = xmalloc((nu + 1) * sizeof *u);
	nu = 0;
	for (i = alo; i < ahi; i++) {
		const struct tally *x = tally_at(&t, a[i]);

		if (x->nleft == 1 && x->nright == 1)
			u[nu++] = (struct anchor){ i, x->right };
	}
	free(t.slot);

	/* Longest increasing run of u[].b: tail[l] is the index of the
	 * smallest end of a run of length l + 1; back[] links each to the
	 * one before it in its run. */
	tail = xmalloc((nu + 1) * sizeof *tail);
	back = xmalloc((nu + 1) * sizeof *back);
	for (i = 0; i < nu; i++) {
		size_t lo = 0, hi = len;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (u[tail[mid]].b < u[i].b)
				lo = mid + 1;
			else
				hi = mid;
		}
		back[i] = lo > 0 ? tail[lo - 1] : (size_t)-1;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	*out = xmalloc((len + 1) * sizeof **out);
	if (len > 0) {
		size_t at = tail[len - 1];

		for (i = len; i-- > 0;) {
			(*out)[i] = u[at];
			at = back[at];
		}
	}
	free(tail);
	free(back);
	free(u);
	return len;
}

static void diff_range(const uint32_t *a, size_t alo, size_t ahi,
                       const uint32_t *b, size_t blo, size_t bhi, int depth,
                       struct worddiff *out);

/* Both stretches non-empty and with no common start or end. */
static void
diff_middle(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b,
            size_t blo, size_t bhi, int depth, struct worddiff *out)
{
	struct anchor *an = NULL;
	size_t nan = 0, i, pa = alo, pb = blo;

	if (depth < WORDDIFF_MAX_DEPTH)
		nan = anchors(a, alo, ahi, b, blo, bhi, &an);
	if (nan == 0) {
		size_t mark = out->n;

		free(an);
		if (!myers(a, alo, ahi, b, blo, bhi, out)) {
			out->n = mark;
			emit(out, WORDDIFF_DELETE, alo, ahi - alo, blo, 0);
			emit(out, WORDDIFF_INSERT, ahi, 0, blo, bhi - blo);
		}
		return;
	}
	for (i = 0; i < nan; i++) {
		diff_range(a, pa, an[i].a, b, pb, an[i].b, depth + 1, out);
		emit(out, WORDDIFF_EQUAL, an[i].a, 1, an[i].b, 1);
		pa = an[i].a + 1;
		pb = an[i].b + 1;
	}
	diff_range(a, pa, ahi, b, pb, bhi, depth + 1, out);
	free(an);
}

static void
diff_range(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b,
           size_t blo, size_t bhi, int depth, struct worddiff *out)
{
	size_t head = 0, tail = 0;

	while (alo + head < ahi && blo + head < bhi &&
	       a[alo + head] == b[blo + head])
		head++;
	emit(out, WORDDIFF_EQUAL, alo, head, blo, head);
	alo += head;
	blo += head;
	while (alo + tail < ahi && blo + tail < bhi &&
	       a[ahi - 1 - tail] == b[bhi - 1 - tail])
		tail++;
	ahi -= tail;
	bhi -= tail;
	if (alo == ahi)
		emit(out, WORDDIFF_INSERT, alo, 0, blo, bhi - blo);
	else if (blo == bhi)
		emit(out, WORDDIFF_DELETE, alo, ahi - alo, blo, 0);
	else
		diff_middle(a, alo, ahi, b, blo, bhi, depth, out);
	emit(out, WORDDIFF_EQUAL, ahi, tail, bhi, tail);
}

/* A lone insertion or deletion between two equal runs can often sit a
 * few words earlier or later with the same cost ("shut {+. Rain fell+} ."
 * or "shut . {+Rain fell .+}"); as git's xdl_change_compact does, slide
 * each as far down as it goes, where it usually ends at a sentence's or
 * phrase's end.  The script stays a valid one. */
static void
slide(const uint32_t *a, const uint32_t *b, struct worddiff *wd)
{
	size_t i;

	for (i = 1; i + 1 < wd->n; i++) {
		struct worddiff_edit *e = &wd->v[i], *prev = &wd->v[i - 1];
		struct worddiff_edit *next = &wd->v[i + 1];
		const uint32_t *s = e->op == WORDDIFF_DELETE ? a : b;
		size_t *start = e->op == WORDDIFF_DELETE ? &e->left : &e->right;
		size_t len = e->op == WORDDIFF_DELETE ? e->nleft : e->nright;

		if (e->op == WORDDIFF_EQUAL || e->op == WORDDIFF_REPLACE ||
		    prev->op != WORDDIFF_EQUAL || next->op != WORDDIFF_EQUAL)
			continue;
		while (next->nleft > 0 && s[*start] == s[*start + len]) {
			prev->nleft++;
			prev->nright++;
			(*start)++;
			if (e->op == WORDDIFF_DELETE)
				e->right++;
			else
				e->left++;
			next->left++;
			next->right++;
			next->nleft--;
			next->nright--;
		}
	}
}

static size_t
larger_side(const struct worddiff_edit *e)
{
	return e->nleft > e->nright ? e->nleft : e->nright;
}

/* Merge edit e into the edit on top of the stack: one replacement (or a
 * deletion or insertion while one side stays empty) over both. */
static void
absorb(struct worddiff_edit *top, const struct worddiff_edit *e)
{
	top->nleft = e->left + e->nleft - top->left;
	top->nright = e->right + e->nright - top->right;
	top->op = top->nleft == 0 ? WORDDIFF_INSERT
	        : top->nright == 0 ? WORDDIFF_DELETE : WORDDIFF_REPLACE;
}

/* Runs of deletions and insertions become replacements, and a short
 * equality between two edits joins them; done left to right on the
 * script itself, used as a stack. */
static void
cleanup(struct worddiff *wd)
{
	size_t i, n = 0;

	for (i = 0; i < wd->n; i++) {
		struct worddiff_edit e = wd->v[i];
		struct worddiff_edit *top = n > 0 ? &wd->v[n - 1] : NULL;

		if (e.nleft + e.nright == 0)
			continue;	/* an equal run slide() emptied */
		if (e.op != WORDDIFF_EQUAL && top && top->op != WORDDIFF_EQUAL) {
			absorb(top, &e);
			continue;
		}
		if (e.op != WORDDIFF_EQUAL && top && n >= 2 &&
		    wd->v[n - 2].op != WORDDIFF_EQUAL &&
		    top->nleft <= WORDDIFF_SHORT_EQUAL &&
		    top->nleft <= larger_side(&wd->v[n - 2]) &&
		    top->nleft <= larger_side(&e)) {
			/* edit, short equal, edit: one replacement. */
			n--;
			absorb(&wd->v[n - 1], &e);
			continue;
		}
		wd->v[n++] = e;
	}
	wd->n = n;
}

void
worddiff_run(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
             struct worddiff *out)
{
	out->n = 0;
	diff_range(a, 0, na, b, 0, nb, 0, out);
	slide(a, b, out);
	cleanup(out);
}

double
worddiff_likeness(const struct worddiff *wd, size_t na, size_t nb)
{
	size_t i, same = 0;

	if (na + nb == 0)
		return 0;
	for (i = 0; i < wd->n; i++)
		if (wd->v[i].op == WORDDIFF_EQUAL)
			same += wd->v[i].nleft;
	return 2.0 * (double)same / (double)(na + nb);
}

void
worddiff_fini(struct worddiff *wd)
{
	if (wd == NULL)
		return;
	free(wd->v);
	memset(wd, 0, sizeof *wd);
}
