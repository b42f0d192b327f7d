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

struct article;
struct token;

/* Whether token t, as written, shows its word to be a name. */
bool name_is_evidence(const struct token *t);

/* names[word] |= bit for every word article a shows to be a name;
 * names has an entry per word id of the article's lexicon. */
void name_mark_words(const struct article *a, uint8_t *names, uint8_t bit);

#endif
