/* fact-phrase.c - phrases two aligned passages share: runs of at least
 * PHRASE_MIN_WORDS words alike, found through an index of the right
 * paragraph's word pairs, outside the quotations and names already
 * found. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact-int.h"
#include "hash.h"
#include "mem.h"
#include "token.h"

/* Phrases: runs of at least PHRASE_MIN_WORDS shared words, with at least
 * PHRASE_MIN_CONTENT that are not stopwords.  A word pair that starts
 * more than PHRASE_MAX_CAND runs on the other side is followed from the
 * first PHRASE_MAX_CAND only, so repetitive text stays linear. */
#define PHRASE_MIN_WORDS 3
#define PHRASE_MIN_CONTENT 2
#define PHRASE_MAX_CAND 16

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
	return (size_t)hash_mix(0, key) & mask;
}

/* One paragraph's words as phrases see them. */
struct phrase_side {
	const struct article *a;
	size_t para;
	const uint32_t *word;	/* its word tokens: indexes into a->tok */
	const bool *join;	/* a phrase may run on into the word */
	bool *covered;		/* the word is in a phrase already */
	size_t n;
};

static const struct token *
word_tok(const struct phrase_side *ps, size_t i)
{
	return &ps->a->tok[ps->word[i]];
}

/* The key of the pair of words i and i + 1. */
static uint64_t
word_pair(const struct phrase_side *ps, size_t i)
{
	return pair_key(word_tok(ps, i), word_tok(ps, i + 1));
}

/* The word tokens of paragraph p, and for each whether a phrase may run
 * on into it: not across the end of a sentence, a colon or semicolon, or
 * a dash.  Into ps, from the side's buffers. */
static void
word_tokens(const struct article *a, size_t p, struct fact_side_buf *buf,
            struct phrase_side *ps)
{
	const struct article_para *pp = &a->para[p];
	size_t i, n = 0;
	bool open = false;

	MEM_GROW(buf->word, buf->word_cap, pp->ntok + 1);
	MEM_GROW(buf->join, buf->join_cap, pp->ntok + 1);
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
				/* "--" and a dash at a word's end */
				open = false;
			continue;
		}
		buf->join[n] = open;
		buf->word[n++] = (uint32_t)i;
		open = true;
	}
	ps->a = a;
	ps->para = p;
	ps->word = buf->word;
	ps->join = buf->join;
	ps->covered = fact_flags(&buf->covered, &buf->covered_cap, n);
	ps->n = n;
}

/* ---- what a phrase may not lie inside ----------------------------- */

/* A phrase inside a quotation (on either side) or a name (on the left)
 * found before it adds nothing.  Their spans, sorted by list, paragraph
 * and start, each with the furthest end of those before it in its
 * paragraph: whether a span lies inside one is a binary search. */
enum cover_list { COVER_LEFT_QUOTE, COVER_RIGHT_QUOTE, COVER_LEFT_NAME };

struct cover {
	uint8_t list;		/* enum cover_list */
	size_t para;
	uint32_t start, end;
	uint32_t reach;		/* the furthest end up to here */
};

struct covers {
	struct cover *v;
	size_t n;
};

static int
cmp_cover(const void *a, const void *b)
{
	const struct cover *x = a, *y = b;

	if (x->list != y->list)
		return x->list < y->list ? -1 : 1;
	if (x->para != y->para)
		return x->para < y->para ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
add_cover(struct fact_scratch *sc, size_t *n, enum cover_list list,
          const struct fact_span *sp)
{
	MEM_GROW(sc->cover, sc->cover_cap, *n + 1);
	sc->cover[*n].list = (uint8_t)list;
	sc->cover[*n].para = sp->para;
	sc->cover[*n].start = sp->start;
	sc->cover[*n].end = sp->end;
	(*n)++;
}

/* The spans of the quotations and names among fs->v[from..]. */
static struct covers
index_covers(const struct fact_acc *fs, size_t from, struct fact_scratch *sc)
{
	struct covers cv;
	size_t i, n = 0;

	for (i = from; i < fs->n; i++) {
		const struct fact *f = &fs->v[i];

		if (f->type == FACT_QUOTE) {
			add_cover(sc, &n, COVER_LEFT_QUOTE, &f->left);
			add_cover(sc, &n, COVER_RIGHT_QUOTE, &f->right);
		} else if (f->type == FACT_NAME) {
			add_cover(sc, &n, COVER_LEFT_NAME, &f->left);
		}
	}
	if (n > 1)
		qsort(sc->cover, n, sizeof *sc->cover, cmp_cover);
	for (i = 0; i < n; i++) {
		struct cover *c = &sc->cover[i];

		c->reach = c->end;
		if (i > 0 && c[-1].list == c->list && c[-1].para == c->para &&
		    c[-1].reach > c->reach)
			c->reach = c[-1].reach;
	}
	cv.v = sc->cover;
	cv.n = n;
	return cv;
}

/* Whether [s, e) of paragraph p lies inside a span of the list. */
static bool
is_covered(const struct covers *cv, enum cover_list list, size_t p,
           uint32_t s, uint32_t e)
{
	size_t lo = 0, hi = cv->n;
	const struct cover *c;

	while (lo < hi) {	/* the first span after (list, p, s) */
		size_t mid = lo + (hi - lo) / 2;

		c = &cv->v[mid];
		if (c->list < list ||
		    (c->list == list &&
		     (c->para < p || (c->para == p && c->start <= s))))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	c = &cv->v[lo - 1];
	return c->list == list && c->para == p && c->reach >= e;
}

/* ---- phrases ------------------------------------------------------- */

/* Index the word pairs of r, so that chains run forward. */
static void
index_pairs(struct pairs_index *ix, const struct phrase_side *r,
            struct fact_scratch *sc)
{
	size_t j, size = 4;

	while (size < 2 * r->n)
		size <<= 1;
	MEM_GROW(sc->head, sc->head_cap, size);
	memset(sc->head, 0, size * sizeof *sc->head);
	MEM_GROW(sc->next, sc->next_cap, r->n + 1);
	ix->head = sc->head;
	ix->next = sc->next;
	ix->mask = size - 1;
	for (j = r->n > 0 ? r->n - 1 : 0; j-- > 0;) {
		size_t b = pair_bucket(word_pair(r, j), ix->mask);

		ix->next[j] = ix->head[b];
		ix->head[b] = (uint32_t)j + 1;
	}
}

/* How many words alike from word i of l and word j of r on, none in a
 * phrase yet, none across a break. */
static size_t
run_length(const struct phrase_side *l, size_t i, const struct phrase_side *r,
           size_t j)
{
	size_t len = 0;

	while (i + len < l->n && j + len < r->n && !l->covered[i + len] &&
	       !r->covered[j + len] &&
	       word_tok(l, i + len)->word == word_tok(r, j + len)->word &&
	       (len == 0 || (l->join[i + len] && r->join[j + len])))
		len++;
	return len;
}

/* The longest run from word i of l, among the first PHRASE_MAX_CAND
 * places of r where its pair of words stands; *at gets where (the first
 * of the longest). */
static size_t
longest_run(const struct phrase_side *l, size_t i, const struct phrase_side *r,
            const struct pairs_index *ix, size_t *at)
{
	uint64_t key = word_pair(l, i);
	size_t best = 0, c = 0;
	uint32_t pos;

	*at = 0;
	for (pos = ix->head[pair_bucket(key, ix->mask)];
	     pos != 0 && c < PHRASE_MAX_CAND; pos = ix->next[pos - 1]) {
		size_t j = pos - 1, len;

		if (word_pair(r, j) != key)
			continue;
		c++;
		len = run_length(l, i, r, j);
		if (len > best) {
			best = len;
			*at = j;
		}
	}
	return best;
}

/* The run of len words from word i of l and word j of r as a phrase:
 * stopwords at either end add nothing ("during a 40-minute" is
 * "40-minute"); enough words and content words left; not inside a
 * quotation or a name found before. */
static void
add_phrase(struct fact_acc *fs, const struct covers *cv,
           const struct phrase_side *l, size_t i, const struct phrase_side *r,
           size_t j, size_t len)
{
	size_t s = 0, e = len, k, content = 0;
	uint32_t ls, le, rs, re;

	while (s < e && (word_tok(l, i + s)->flags & TOKEN_STOP))
		s++;
	while (e > s && (word_tok(l, i + e - 1)->flags & TOKEN_STOP))
		e--;
	for (k = s; k < e; k++)
		content += !(word_tok(l, i + k)->flags & TOKEN_STOP);
	if (e - s < PHRASE_MIN_WORDS || content < PHRASE_MIN_CONTENT)
		return;
	ls = word_tok(l, i + s)->start;
	le = word_tok(l, i + e - 1)->start + word_tok(l, i + e - 1)->len;
	rs = word_tok(r, j + s)->start;
	re = word_tok(r, j + e - 1)->start + word_tok(r, j + e - 1)->len;
	if (is_covered(cv, COVER_LEFT_QUOTE, l->para, ls, le) ||
	    is_covered(cv, COVER_RIGHT_QUOTE, r->para, rs, re) ||
	    is_covered(cv, COVER_LEFT_NAME, l->para, ls, le))
		return;
	fact_add(fs, FACT_PHRASE, FACT_MATCH, l->para, ls, le, r->para, rs,
	         re);
}

/* The phrases of left paragraph lp and right paragraph rp: from each
 * word of the left on, the longest run alike on the right, taken when
 * long enough; the words taken are not used again. */
static void
pair_phrases(struct fact_acc *fs, const struct covers *cv,
             const struct alignment *al, size_t lp, size_t rp,
             struct fact_scratch *sc)
{
	struct phrase_side l, r;
	struct pairs_index ix;
	size_t i, j, k, best;

	word_tokens(al->left, lp, &sc->side[SIDE_LEFT], &l);
	word_tokens(al->right, rp, &sc->side[SIDE_RIGHT], &r);
	index_pairs(&ix, &r, sc);
	for (i = 0; i + 1 < l.n; i++) {
		if (l.covered[i])
			continue;
		best = longest_run(&l, i, &r, &ix, &j);
		if (best < PHRASE_MIN_WORDS)
			continue;
		for (k = 0; k < best; k++)
			l.covered[i + k] = r.covered[j + k] = true;
		add_phrase(fs, cv, &l, i, &r, j, best);
		i += best - 1;
	}
}

void
fact_group_phrases(struct fact_acc *fs, size_t from,
                   const struct alignment *al, size_t g,
                   struct fact_scratch *sc)
{
	const struct align_group *gr = &al->group[g];
	struct covers cv = index_covers(fs, from, sc);
	size_t i, j;

	for (i = 0; i < gr->nleft; i++)
		for (j = 0; j < gr->nright; j++)
			pair_phrases(fs, &cv, al, align_left(al, g, i),
			             align_right(al, g, j), sc);
}
