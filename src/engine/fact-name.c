/* fact-name.c - names both passages give: a run of name words ("John F.
 * Kerry", "Secretary of State", "U.N."), matched written the same way,
 * else by the last word (the surname). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact-int.h"
#include "mem.h"
#include "name.h"
#include "token.h"

/* A run of name words in a paragraph. */
struct name_run {
	size_t para;
	uint32_t start, end;	/* bytes */
	uint32_t last;		/* stem of the last word: the surname */
	uint64_t full;		/* hash of all its words */
	bool used;
};

/* Whether token i is a stopword written as part of a name: capitalized
 * inside a sentence, a name word right after ("New York"). */
static bool
name_stopword(const struct token *t, size_t n, size_t i, const uint8_t *names,
              bool headline)
{
	return i + 1 < n && t[i].kind == TOKEN_WORD &&
	       (t[i].flags & TOKEN_STOP) && (t[i].flags & TOKEN_CAP) &&
	       !(t[i].flags & TOKEN_SENT) && !headline &&
	       name_word(&t[i + 1], names, headline);
}

/* Whether token i, capitalized at the start of a sentence, leads into a
 * name: "Secretary of State John Kerry said"; not a verb in -ing that
 * opens the sentence ("Using Webb's instruments"). */
static bool
leads_name(const struct token *t, size_t n, size_t i, const uint8_t *text,
           const uint8_t *names, bool headline)
{
	size_t j = i + 1;
	const uint8_t *w = text + t[i].start;

	if (headline || t[i].kind != TOKEN_WORD || (t[i].flags & TOKEN_STOP) ||
	    !(t[i].flags & TOKEN_CAP) || !(t[i].flags & TOKEN_SENT) ||
	    (t[i].len > 4 && memcmp(w + t[i].len - 3, "ing", 3) == 0))
		return false;
	if (j + 1 < n && name_is_of(&t[j], text))
		j++;
	return j < n && (t[j].flags & TOKEN_CAP) &&
	       name_word(&t[j], names, headline);
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

		if (!name_word_at(a, p, &t[i], names, head) &&
		    !name_stopword(t, pp->ntok, i, names, head) &&
		    !leads_name(t, pp->ntok, i, text, names, head)) {
			i++;
			continue;
		}
		for (k = i; k < pp->ntok; k++) {
			if (name_word_at(a, p, &t[k], names, head) ||
			    (k == i && leads_name(t, pp->ntok, k, text, names,
			                          head))) {
				last = k;
				words++;
				weak += (t[k].flags & TOKEN_WEAK) != 0;
				h = (h ^ t[k].stem) * 1099511628211u;
			} else if (name_stopword(t, pp->ntok, k, names, head)) {
				;	/* New York, The Hague */
			} else if (name_goes_on(t, pp->ntok, k, text, names,
			                        head)) {
				;	/* John F. Kerry, Secretary of State */
			} else if (k == last + 1 &&
			           name_hyphen_tail(t, pp->ntok, last, text) == 1) {
				;	/* Jong-Sik */
			} else {
				break;
			}
		}
		i = k;
		if (words == weak || name_is_shouted(t, first, last))
			continue;
		MEM_GROW(*out, *cap, n + 1);
		(*out)[n].para = p;
		(*out)[n].start = t[first].start;
		(*out)[n].end = name_end(t, pp->ntok, last, text);
		(*out)[n].last = t[last].stem;
		(*out)[n].full = h;
		(*out)[n].used = false;
		n++;
	}
	return n;
}

/* A right run under the key a pass matches by. */
struct name_key {
	uint64_t key;
	size_t run;
};

static int
cmp_name_key(const void *a, const void *b)
{
	const struct name_key *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->run < y->run ? -1 : x->run > y->run;
}

static uint64_t
run_key(const struct name_run *r, bool by_surname)
{
	return by_surname ? r->last : r->full;
}

/* Each left run not taken yet with the first right run not taken yet
 * under the same key, in the order of the left runs: through the right
 * runs sorted by key, so a passage of thousands of names takes
 * n log n. */
static void
match_runs(struct fact_acc *fs, struct name_run *left, size_t nleft,
           struct name_run *right, size_t nright, bool by_surname,
           struct fact_scratch *sc)
{
	struct name_key *keys;
	size_t *cursor, n = 0, i, j;

	MEM_GROW(sc->name_key, sc->name_key_cap, nright + 1);
	MEM_GROW(sc->name_cursor, sc->name_cursor_cap, nright + 1);
	keys = sc->name_key;
	cursor = sc->name_cursor;
	for (j = 0; j < nright; j++)
		if (!right[j].used) {
			keys[n].key = run_key(&right[j], by_surname);
			keys[n].run = j;
			cursor[n] = n;
			n++;
		}
	if (n > 1)
		qsort(keys, n, sizeof *keys, cmp_name_key);
	for (i = 0; i < nleft; i++) {
		uint64_t key = run_key(&left[i], by_surname);
		size_t lo = 0, hi = n, at;
		struct name_run *r;

		if (left[i].used)
			continue;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (keys[mid].key < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		at = lo < n ? cursor[lo] : n;
		if (at >= n || keys[at].key != key)
			continue;
		cursor[lo] = at + 1;
		r = &right[keys[at].run];
		left[i].used = r->used = true;
		fact_add(fs, FACT_NAME, FACT_MATCH, left[i].para, left[i].start,
		         left[i].end, r->para, r->start, r->end);
	}
}

void
fact_group_names(struct fact_acc *fs, const struct alignment *al, size_t g,
                 const uint8_t *names, struct fact_scratch *sc)
{
	const struct align_group *gr = &al->group[g];
	struct fact_side_buf *lb = &sc->side[SIDE_LEFT];
	struct fact_side_buf *rb = &sc->side[SIDE_RIGHT];
	size_t nleft = 0, nright = 0, i;

	for (i = 0; i < gr->nleft; i++)
		nleft = name_runs(al->left, align_left(al, g, i), names,
		                  &lb->name, &lb->name_cap, nleft);
	for (i = 0; i < gr->nright; i++)
		nright = name_runs(al->right, align_right(al, g, i), names,
		                   &rb->name, &rb->name_cap, nright);
	if (nleft == 0 || nright == 0)
		return;
	/* The same name written the same way first, then by surname. */
	match_runs(fs, lb->name, nleft, rb->name, nright, false, sc);
	match_runs(fs, lb->name, nleft, rb->name, nright, true, sc);
}
