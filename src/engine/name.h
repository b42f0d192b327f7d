/* name.h - which words a report writes as names.  Engine; include from
 * engine modules (the aligner and the fact modules).
 *
 * A word is a name in a report when the report writes it capitalized
 * inside a sentence, or as an acronym, in its prose: body paragraphs,
 * quotations and the standfirst.  Headlines, labels and bylines, which
 * capitalize every word, do not count.  A name word stays one where the
 * report writes it at the start of a sentence. */
#ifndef NEWSDIFF_NAME_H
#define NEWSDIFF_NAME_H

#include <stdbool.h>
#include <stdint.h>

#include "token.h"

struct article;

/* Whether token t, as written, shows its word to be a name.  Inline: it
 * is asked of every token of both reports, three times over. */
static inline bool
name_is_evidence(const struct token *t)
{
	return t->kind == TOKEN_WORD &&
	       (((t->flags & TOKEN_CAP) && !(t->flags & TOKEN_SENT)) ||
	        (t->flags & TOKEN_ACRONYM));
}

/* names[word] |= bit for every word article a shows to be a name;
 * names has an entry per word id of the article's lexicon. */
void name_mark_words(const struct article *a, uint8_t *names, uint8_t bit);

#endif
