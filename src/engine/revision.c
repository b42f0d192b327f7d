/* revision.c - telling versions of one report apart, and what changed
 * between them. */
#include "revision.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "edit.h"
#include "figure.h"
#include "hash.h"
#include "mem.h"
#include "out.h"
#include "quote.h"
#include "thread.h"
#include "token.h"

/* Words of a paragraph quoted for an added, removed or moved one. */
#define REVISION_EXCERPT_WORDS 8

/* Word edits listed for a reworded passage before "...". */
#define REVISION_MAX_LISTED 4

bool
revision_is_likely(const struct alignment *al, size_t *close,
                   size_t *content)
{
	const struct article *side[2] = { al->left, al->right };
	const size_t *group[2] = { al->left_group, al->right_group };
	size_t s, i, nclose = 0, ncontent = 0;

	for (s = 0; s < 2; s++) {
		for (i = 0; i < side[s]->npara; i++) {
			size_t g = group[s][i];

			if (!article_kind_is_content(side[s]->para[i].kind))
				continue;
			ncontent++;
			nclose += g != ALIGN_NONE &&
			          al->group[g].score >= REVISION_MIN_SCORE;
		}
	}
	if (close)
		*close = nclose;
	if (content)
		*content = ncontent;
	return ncontent > 0 &&
	       (double)nclose >= REVISION_MIN_SHARE * (double)ncontent;
}

/* ---- paragraphs word for word --------------------------------------- */

/* The left paragraphs of one hash, chained in document order (next[]):
 * a tag of the hash (never 0: an empty slot), the first paragraph not
 * yet paired (TWIN_NONE: all are) and the last.  A slot keeps its tag
 * when its chain empties, or the probes that went past it would stop
 * there. */
struct twin_slot {
	uint32_t tag;
	uint32_t first, last;
};

#define TWIN_NONE UINT32_MAX

/* Slots are looked up this many paragraphs ahead of their use: a table
 * for a large report is far larger than the cache, and its probes, in
 * no order, would each wait for memory (on the 20 MB prose pair, 300,000
 * paragraphs a side, the pairing took 87 ms without). */
#define TWIN_AHEAD 16

static bool
para_same(const struct article *a, size_t i, const struct article *b,
          size_t j)
{
	const struct article_para *p = &a->para[i], *q = &b->para[j];

	return p->len == q->len &&
	       memcmp(a->text + p->start, b->text + q->start, p->len) == 0;
}

/* Per paragraph of a, the tag of its bytes, or 0 for one that takes no
 * twin (not content, or empty); how many take one. */
static size_t
twin_tags(const struct article *a, uint32_t *tag)
{
	size_t i, n = 0;

	for (i = 0; i < a->npara; i++) {
		const struct article_para *p = &a->para[i];
		uint32_t t = 0;

		if (article_kind_is_content(p->kind) && p->len > 0) {
			t = hash_fold32(hash_bytes(a->text + p->start, p->len,
			                           0));
			t = t ? t : 1;
			n++;
		}
		tag[i] = t;
	}
	return n;
}

struct tags_job {
	const struct article *a;
	uint32_t *tag;
	size_t n;
};

static void
tags_job(void *arg)
{
	struct tags_job *j = arg;

	j->n = twin_tags(j->a, j->tag);
}

/* The slot of tag: its own, or the empty one where it would go. */
static size_t
twin_probe(const struct twin_slot *slot, size_t mask, uint32_t tag)
{
	size_t k;

	for (k = tag & mask; slot[k].tag != 0 && slot[k].tag != tag;
	     k = (k + 1) & mask)
		;
	return k;
}

static void
prefetch_slot(const struct twin_slot *slot, size_t mask, const uint32_t *tag,
              size_t i, size_t n)
{
	if (i + TWIN_AHEAD < n)
		hash_prefetch(&slot[tag[i + TWIN_AHEAD] & mask]);
}

/* Each right content paragraph with a left one of the same bytes takes
 * the first of them not yet taken, in any order: marks both (verbatim,
 * twin) and returns how many pairs, of *content paragraphs of both. */
static size_t
find_twins(struct article *left, struct article *right, size_t *content)
{
	size_t nslot = 16, mask, i, n = 0;
	uint32_t *next, *ltag, *rtag;
	struct twin_slot *slot;
	struct tags_job lj = { left, NULL, 0 }, rj = { right, NULL, 0 };

	*content = 0;
	if (left->npara >= TWIN_NONE)
		return 0;	/* past 32-bit indexes: read it all */
	lj.tag = ltag = xmalloc((left->npara + 1) * sizeof *ltag);
	rj.tag = rtag = xmalloc((right->npara + 1) * sizeof *rtag);
	thread_both_for(left->text_len + right->text_len, tags_job, &rj,
	                &lj);
	*content = lj.n + rj.n;
	next = xmalloc((left->npara + 1) * sizeof *next);
	while (nslot < 2 * lj.n)
		nslot *= 2;
	mask = nslot - 1;
	slot = xcalloc(nslot, sizeof *slot);
	for (i = 0; i < left->npara; i++) {
		size_t k;

		prefetch_slot(slot, mask, ltag, i, left->npara);
		next[i] = TWIN_NONE;
		if (ltag[i] == 0)
			continue;
		k = twin_probe(slot, mask, ltag[i]);
		if (slot[k].tag == 0) {
			slot[k].tag = ltag[i];
			slot[k].first = (uint32_t)i;
		} else {
			next[slot[k].last] = (uint32_t)i;
		}
		slot[k].last = (uint32_t)i;
	}
	for (i = 0; i < right->npara; i++) {
		struct article_para *q = &right->para[i];
		uint32_t *at;
		size_t k;

		prefetch_slot(slot, mask, rtag, i, right->npara);
		if (rtag[i] == 0)
			continue;
		k = twin_probe(slot, mask, rtag[i]);
		if (slot[k].tag == 0)
			continue;
		/* The first left paragraph of these bytes still free (tags
		 * collide: every candidate is compared whole). */
		for (at = &slot[k].first; *at != TWIN_NONE &&
		     !para_same(left, *at, right, i); at = &next[*at])
			;
		if (*at == TWIN_NONE)
			continue;
		left->para[*at].verbatim = q->verbatim = true;
		left->para[*at].twin = i;
		q->twin = *at;
		*at = next[*at];	/* taken: out of the chain */
		n++;
	}
	free(slot);
	free(next);
	free(ltag);
	free(rtag);
	return n;
}

static void
forget_twins(struct article *a)
{
	size_t i;

	for (i = 0; i < a->npara; i++) {
		a->para[i].verbatim = false;
		a->para[i].twin = ARTICLE_NONE;
	}
}

bool
revision_pair_verbatim(struct article *left, struct article *right)
{
	size_t content, n = find_twins(left, right, &content);

	if (n > 0 && (double)(2 * n) >= REVISION_MIN_SHARE * (double)content)
		return true;
	forget_twins(left);
	forget_twins(right);
	return false;
}

/* ---- unpaired paragraphs ------------------------------------------- */

struct loose {
	uint64_t hash;
	size_t len;
	int side;
	size_t para;
	bool same;	/* the other side has one word for word */
};

static int
cmp_loose(const void *pa, const void *pb)
{
	const struct loose *a = pa, *b = pb;

	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->side != b->side)
		return a->side - b->side;
	return a->para < b->para ? -1 : a->para > b->para;
}

/* Where an item sits in the right report's order, for sorting: twice a
 * right paragraph, and a removed paragraph just after the right
 * paragraph of the passage before it. */
struct keyed {
	size_t key;
	size_t seq;
	struct revision_item it;
};

static int
cmp_keyed(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* ---- classifying edits --------------------------------------------- */

static bool
span_has_figure(const struct article *a, const struct fact_span *sp)
{
	const struct article_para *ap = &a->para[sp->para];
	const struct token *tok = a->tok + ap->tok;
	size_t i, lo = 0, hi = ap->ntok;

	/* Tokens are in order and apart: the first that ends past the
	 * span's start by binary search, not a scan from the paragraph's
	 * start for every edit (edits times tokens in a long paragraph). */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (tok[mid].start + tok[mid].len > sp->start)
			hi = mid;
		else
			lo = mid + 1;
	}
	for (i = lo; i < ap->ntok; i++) {
		const struct token *t = &tok[i];

		if (t->start >= sp->end)
			break;
		if (t->start + t->len > sp->start && t->kind == TOKEN_NUMBER)
			return true;
	}
	for (i = 0; i < ap->nfig; i++) {
		const struct figure *f = &a->fig[ap->fig + i];

		if (f->start < sp->end && f->end > sp->start &&
		    sp->start < sp->end)
			return true;
	}
	return false;
}

static bool
span_in_quote(const struct article *a, const struct fact_span *sp)
{
	const struct article_para *ap = &a->para[sp->para];
	size_t i;

	for (i = 0; i < ap->nquo; i++) {
		const struct quote *q = &a->quo[ap->quo + i];

		if (q->ostart < sp->end && q->ostart + q->olen > sp->start)
			return true;
		if (sp->start == sp->end && q->ostart < sp->start &&
		    q->ostart + q->olen > sp->start)
			return true;
	}
	return false;
}

static enum revision_kind
classify(const struct compare *c, const struct edit *e)
{
	if (span_has_figure(c->left, &e->left) ||
	    span_has_figure(c->right, &e->right))
		return REVISION_FIGURE;
	if (span_in_quote(c->left, &e->left) ||
	    span_in_quote(c->right, &e->right))
		return REVISION_QUOTE;
	return REVISION_REWORDED;
}

/* ---- finding the changes ------------------------------------------- */

struct found {
	struct keyed *v;
	size_t n, cap;
};

static void
add(struct found *f, size_t key, struct revision_item it)
{
	MEM_GROW(f->v, f->cap, f->n + 1);
	f->v[f->n] = (struct keyed){ key, f->n, it };
	f->n++;
}

static void
find_unpaired(const struct compare *c, struct found *f, bool *same[2])
{
	const struct alignment *al = c->al;
	struct loose *lo = NULL;
	size_t nlo = 0, cap = 0, i, j, k, s;

	for (s = 0; s < 2; s++) {
		const struct article *a = s ? c->right : c->left;

		for (i = 0; i < a->npara; i++) {
			size_t len;
			const uint8_t *t = article_para_text(a, i, &len);

			if ((s ? al->right_group : al->left_group)[i] !=
			    ALIGN_NONE)
				continue;
			MEM_GROW(lo, cap, nlo + 1);
			lo[nlo++] = (struct loose){ hash_bytes(t, len, 0), len,
			                            (int)s, i, false };
		}
	}
	if (nlo > 1)
		qsort(lo, nlo, sizeof *lo, cmp_loose);
	/* The same text on both sides unpaired (page furniture, which is
	 * never aligned): not a change. */
	for (i = 0; i < nlo; i = j) {
		size_t nl = 0;

		for (j = i; j < nlo && lo[j].hash == lo[i].hash &&
		     lo[j].len == lo[i].len; j++)
			nl += lo[j].side == 0;
		for (k = 0; k < nl && i + nl + k < j; k++) {
			struct loose *l = &lo[i + k], *r = &lo[i + nl + k];

			if (memcmp(c->left->text + c->left->para[l->para].start,
			           c->right->text +
			           c->right->para[r->para].start,
			           l->len) == 0)
				l->same = r->same = true;
		}
	}
	for (i = 0; i < nlo; i++) {
		if (lo[i].same)
			same[lo[i].side][lo[i].para] = true;
	}
	free(lo);
	/* The rest are added or removed, listed in document order: removed
	 * paragraphs that follow one passage share its place, just after
	 * its last right paragraph (0 before the first passage). */
	for (s = 0; s < 2; s++) {
		const size_t *group_of = s ? al->right_group : al->left_group;
		size_t after = 0;

		for (i = 0; i < (s ? c->right : c->left)->npara; i++) {
			struct revision_item it = { s ? REVISION_ADDED
			                              : REVISION_REMOVED,
				ALIGN_NONE, ARTICLE_NONE, ARTICLE_NONE, 0, 0 };
			size_t g = group_of[i], key;

			if (g != ALIGN_NONE) {
				if (!s)
					after = 2 * align_right(al, g,
					        al->group[g].nright - 1) + 1;
				continue;
			}
			if (same[s][i])
				continue;
			if (s) {
				it.right = i;
				key = 2 * i;
			} else {
				it.left = i;
				key = after;
			}
			add(f, key, it);
		}
	}
}

/* Passages out of order: all but the longest run of them whose first
 * right paragraphs rise in the left's order (patience sorting). */
static void
find_moved(const struct compare *c, struct found *f)
{
	const struct alignment *al = c->al;
	size_t n = al->ngroup, len = 0, i;
	size_t *tail = xmalloc((n + 1) * sizeof *tail);
	size_t *back = xmalloc((n + 1) * sizeof *back);
	bool *kept = xcalloc(n + 1, sizeof *kept);

	for (i = 0; i < n; i++) {
		size_t lo = 0, hi = len, r = align_right(al, i, 0);

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (align_right(al, tail[mid], 0) < r)
				lo = mid + 1;
			else
				hi = mid;
		}
		back[i] = lo > 0 ? tail[lo - 1] : (size_t)-1;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	if (len > 0)
		for (i = tail[len - 1]; i != (size_t)-1; i = back[i])
			kept[i] = true;
	for (i = 0; i < n; i++) {
		struct revision_item it = { REVISION_MOVED, i,
			align_left(al, i, 0), align_right(al, i, 0), 0, 0 };

		if (!kept[i])
			add(f, 2 * it.right, it);
	}
	free(tail);
	free(back);
	free(kept);
}

static void
find_edited(const struct compare *c, struct found *f)
{
	const struct edits *ed = c->edits;
	size_t g, i;

	for (g = 0; g < ed->ngroup; g++) {
		const struct edit_group *eg = &ed->group[g];
		struct revision_item reword = { REVISION_REWORDED, g,
			align_left(c->al, g, 0), align_right(c->al, g, 0),
			eg->first, eg->n };
		bool reworded = eg->skipped;

		for (i = eg->first; i < eg->first + eg->n; i++) {
			const struct edit *e = &ed->edit[i];
			enum revision_kind k = classify(c, e);
			struct revision_item it = { k, g, e->left.para,
				e->right.para, i, 1 };

			if (k == REVISION_REWORDED) {
				reworded = true;
				continue;
			}
			/* A quotation's edits in one paragraph: one item. */
			if (k == REVISION_QUOTE && f->n > 0) {
				struct revision_item *last = &f->v[f->n - 1].it;

				if (last->kind == REVISION_QUOTE &&
				    last->group == g &&
				    last->right == e->right.para) {
					last->nedit = i + 1 - last->edit;
					continue;
				}
			}
			add(f, 2 * e->right.para, it);
		}
		if (reworded)
			add(f, 2 * reword.right, reword);
	}
}

struct revisions *
revision_find(const struct compare *c)
{
	struct revisions *rv = xcalloc(1, sizeof *rv);
	struct found f = { 0 };
	size_t i;

	rv->same[0] = xcalloc(c->left->npara + 1, sizeof *rv->same[0]);
	rv->same[1] = xcalloc(c->right->npara + 1, sizeof *rv->same[1]);
	if (c->al == NULL)
		return rv;
	revision_is_likely(c->al, &rv->close, &rv->content);
	find_unpaired(c, &f, rv->same);
	find_moved(c, &f);
	if (c->edits != NULL)
		find_edited(c, &f);
	if (f.n > 1)	/* none: f.v is NULL, which qsort() may not get */
		qsort(f.v, f.n, sizeof *f.v, cmp_keyed);
	rv->v = xmalloc((f.n + 1) * sizeof *rv->v);
	for (i = 0; i < f.n; i++)
		rv->v[i] = f.v[i].it;
	rv->n = rv->cap = f.n;
	free(f.v);
	return rv;
}

void
revision_free(struct revisions *rv)
{
	if (rv == NULL)
		return;
	free(rv->v);
	free(rv->same[0]);
	free(rv->same[1]);
	free(rv);
}

const char *
revision_kind_str(enum revision_kind kind)
{
	static const char *const names[REVISION_KIND_COUNT] = {
		"added", "removed", "moved", "reworded", "figure changed",
		"quotation changed",
	};

	return (unsigned)kind < REVISION_KIND_COUNT ? names[kind] : "?";
}

const char *
revision_kind_id(enum revision_kind kind)
{
	static const char *const ids[REVISION_KIND_COUNT] = {
		"added", "removed", "moved", "reworded", "figure", "quotation",
	};

	return (unsigned)kind < REVISION_KIND_COUNT ? ids[kind] : "?";
}

/* ---- the words of an item ------------------------------------------ */

static void
put_span(struct out *o, const struct article *a, const struct fact_span *sp)
{
	out_write(o, a->text + a->para[sp->para].start + sp->start,
	          sp->end - sp->start);
}

/* "headline", or "right 3". */
static void
put_where(struct out *o, const struct article *a, const char *side,
          size_t p)
{
	if (a->para[p].kind == ARTICLE_HEADLINE)
		out_puts(o, "headline");
	else
		out_printf(o, "%s %zu", side, p + 1);
}

static void
put_excerpt(struct out *o, const struct article *a, size_t p)
{
	size_t n, i, words = 0;
	const uint8_t *s = article_para_text(a, p, &n);

	for (i = 0; i < n; i++)
		if (s[i] == ' ' && i > 0 && s[i - 1] != ' ' &&
		    ++words == REVISION_EXCERPT_WORDS)
			break;
	out_puts(o, "\xe2\x80\x9c");			/* “ */
	out_write(o, s, i);
	out_puts(o, i < n ? "...\xe2\x80\x9d" : "\xe2\x80\x9d");
}

/* The first of a paragraph's tokens that starts at or after pos: tokens
 * are in order, so a binary search, not a scan from the paragraph's start
 * for every edit (edits times tokens in a long paragraph). */
static size_t
token_from(const struct article *a, const struct article_para *ap,
           uint32_t pos)
{
	const struct token *tok = a->tok + ap->tok;
	size_t lo = 0, hi = ap->ntok;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (tok[mid].start >= pos)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Whether every token of a span is a number. */
static bool
all_numbers(const struct article *a, const struct fact_span *sp)
{
	const struct article_para *ap = &a->para[sp->para];
	size_t i, n = 0;

	for (i = token_from(a, ap, sp->start); i < ap->ntok; i++) {
		const struct token *t = &a->tok[ap->tok + i];

		if (t->start >= sp->end)
			break;
		if (t->kind != TOKEN_NUMBER)
			return false;
		n++;
	}
	return n > 0;
}

/* The word after a span, if a word follows it: what a bare number
 * counts ("12 → 17 dead"). */
static void
put_next_word(struct out *o, const struct article *a,
              const struct fact_span *sp)
{
	const struct article_para *ap = &a->para[sp->para];
	size_t i;

	for (i = token_from(a, ap, sp->end); i < ap->ntok; i++) {
		const struct token *t = &a->tok[ap->tok + i];

		if (t->kind == TOKEN_WORD) {
			out_putc(o, ' ');
			out_write(o, a->text + ap->start + t->start, t->len);
		}
		return;
	}
}

static void
put_edit(struct out *o, const struct compare *c, const struct edit *e,
         bool context)
{
	if (e->op != EDIT_INSERT)
		put_span(o, c->left, &e->left);
	if (e->op == EDIT_REPLACE)
		out_puts(o, " \xe2\x86\x92 ");		/* → */
	if (e->op != EDIT_DELETE)
		put_span(o, c->right, &e->right);
	if (e->op == EDIT_DELETE)
		out_puts(o, " (removed)");
	else if (e->op == EDIT_INSERT)
		out_puts(o, " (added)");
	else if (context && all_numbers(c->right, &e->right) &&
	         all_numbers(c->left, &e->left))
		put_next_word(o, c->right, &e->right);
}

void
revision_item_text(const struct compare *c, const struct revision_item *it,
                   struct out *o)
{
	size_t i, listed = 0;

	switch (it->kind) {
	case REVISION_ADDED:
		put_where(o, c->right, "right", it->right);
		out_puts(o, ": ");
		put_excerpt(o, c->right, it->right);
		return;
	case REVISION_REMOVED:
		put_where(o, c->left, "left", it->left);
		out_puts(o, ": ");
		put_excerpt(o, c->left, it->left);
		return;
	case REVISION_MOVED:
		out_printf(o, "left %zu \xe2\x86\x92 right %zu: ",
		           it->left + 1, it->right + 1);
		put_excerpt(o, c->right, it->right);
		return;
	default:
		break;
	}
	put_where(o, c->right, "right", it->right);
	out_puts(o, ": ");
	if (it->kind == REVISION_REWORDED &&
	    c->edits->group[it->group].skipped) {
		out_puts(o, "reworded throughout");
		return;
	}
	for (i = it->edit; i < it->edit + it->nedit; i++) {
		const struct edit *e = &c->edits->edit[i];

		if (it->nedit > 1 && classify(c, e) != it->kind)
			continue;
		if (listed++ == REVISION_MAX_LISTED) {
			out_puts(o, "; ...");
			break;
		}
		if (listed > 1)
			out_puts(o, "; ");
		put_edit(o, c, e, it->kind == REVISION_FIGURE);
	}
}
