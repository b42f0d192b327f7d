/* fact-name.c - names both passages give: a run of name words ("John F.
 * Kerry", "Secretary of State", "U.N."), matched written the same way,
 * else by the last word (the surname). */
#include <stdbool.h>
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

/* Whether token t is the word "of" (text: its paragraph's). */
static bool
is_of(const struct token *t, const uint8_t *text)
{
	return t->kind == TOKEN_WORD && t->len == 2 &&
	       memcmp(text + t->start, "of", 2) == 0;
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
	if (j + 1 < n && is_of(&t[j], text))
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
			           !(t[k].flags & TOKEN_SPACE) &&
			           t[k - 1].len == 1) {
				;	/* the dot of an initial */
			} else if (is_of(&t[k], text) && k + 1 < pp->ntok &&
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

void
fact_group_names(struct fact_acc *fs, const struct alignment *al, size_t g,
                 const uint8_t *names, struct fact_scratch *sc)
{
	const struct align_group *gr = &al->group[g];
	struct fact_side_buf *lb = &sc->side[SIDE_LEFT];
	struct fact_side_buf *rb = &sc->side[SIDE_RIGHT];
	struct name_run *ln, *rn;
	size_t nl = 0, nr = 0, i, j;

	for (i = 0; i < gr->nleft; i++)
		nl = name_runs(al->left, align_left(al, g, i), names, &lb->name,
		               &lb->name_cap, nl);
	for (i = 0; i < gr->nright; i++)
		nr = name_runs(al->right, align_right(al, g, i), names,
		               &rb->name, &rb->name_cap, nr);
	ln = lb->name;
	rn = rb->name;
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
				fact_add(fs, FACT_NAME, FACT_MATCH, ln[i].para,
				         ln[i].start, ln[i].end, rn[j].para, rn[j].start,
				         rn[j].end);
				break;
			}
		}
}
