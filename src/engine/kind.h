/* kind.h - where paragraph kinds are decided: headline, byline, dateline,
 * caption, boilerplate, label, standfirst, quote, duplicate or body.
 * Engine; include from article.c and tests.
 *
 * The rules that look at a paragraph's text alone sit in one table in
 * kind.c (first match wins); the rules that look at its place in the
 * report (the headline and what surrounds it) and the near-duplicate
 * search follow it.  No rule names an event, an outlet or a person. */
#ifndef NEWSDIFF_KIND_H
#define NEWSDIFF_KIND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;

/* Set the kind of every paragraph of a segmented article (and dup_of for
 * duplicates), and its title: the headline, or ARTICLE_NONE. */
void kind_classify(struct article *a);

/* Whether s[0..n) ends as a sentence does: . ! ? : ; or a closing
 * quotation mark or bracket. */
bool kind_ends_sentence(const uint8_t *s, size_t n);

#endif
