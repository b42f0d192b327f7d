/* name.c - the words a report writes as names. */
#include "name.h"

#include "article.h"
#include "token.h"

/* Paragraphs written as sentences, where a capital means something. */
static bool
is_prose(enum article_kind k)
{
	return k == ARTICLE_BODY || k == ARTICLE_QUOTE ||
	       k == ARTICLE_STANDFIRST;
}

void
name_mark_words(const struct article *a, uint8_t *names, uint8_t bit)
{
	size_t p, i;

	for (p = 0; p < a->npara; p++) {
		const struct article_para *pp = &a->para[p];

		if (!is_prose(pp->kind))
			continue;
		for (i = pp->tok; i < pp->tok + pp->ntok; i++)
			if (name_is_evidence(&a->tok[i]))
				names[a->tok[i].word] |= bit;
	}
}

bool
name_word_at(const struct article *a, size_t p, const struct token *t,
             const uint8_t *names, bool headline)
{
	return name_word(t, names, headline) &&
	       !article_in_figure(a, p, t->start);
}
